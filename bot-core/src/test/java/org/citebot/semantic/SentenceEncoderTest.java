package org.citebot.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped model, run for real. */
class SentenceEncoderTest {

  private final TextEmbedder model = SemanticModel.shared().orElseThrow();

  @Test
  void embed_paraphrase_isCloserThanAnUnrelatedSentence() {
    float[] question = model.embed("When was the checkpoint set up?");
    double paraphrase = SentenceEncoder.similarity(question,
        model.embed("On 23 April, Baku opened a checkpoint at the entrance to the corridor."));
    double unrelated = SentenceEncoder.similarity(question,
        model.embed("The European Union sent a civilian mission to monitor the border."));
    assertTrue(paraphrase > unrelated + 0.1, paraphrase + " vs " + unrelated);
  }

  @Test
  void embed_givesUnitVectors() {
    float[] v = model.embed("Who controls the road?");
    assertEquals(384, v.length);
    assertEquals(1.0, SentenceEncoder.similarity(v, v), 1e-4);
  }

  @Test
  void embed_sameText_givesTheSameVectorWhateverCameBefore() {
    String text = "Talks resumed.";
    float[] first = model.embed(text);
    model.embed("A much longer sentence about the humanitarian situation in the region.");
    assertArrayEquals(first, model.embed(text));
  }
}
