package org.citebot.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model, run for real. */
class SentenceEncoderTest {

  private final TextEmbedder model = SemanticModel.shared().orElseThrow();

  @Test
  void embed_paraphrase_isCloserThanAnUnrelatedSentence() {
    float[][] v = model.embed(List.of(
        "When was the checkpoint set up?",
        "On 23 April, Baku opened a checkpoint at the entrance to the corridor.",
        "The European Union sent a civilian mission to monitor the border."));
    double paraphrase = SentenceEncoder.similarity(v[0], v[1]);
    double unrelated = SentenceEncoder.similarity(v[0], v[2]);
    assertTrue(paraphrase > unrelated + 0.1, paraphrase + " vs " + unrelated);
  }

  @Test
  void embed_givesUnitVectors() {
    float[] v = model.embedQuery("Who controls the road?");
    assertEquals(384, v.length);
    assertEquals(1.0, SentenceEncoder.similarity(v, v), 1e-4);
  }

  @Test
  void embed_inABatch_isTheSameAsAlone() {
    // A text's vector must not depend on what else is embedded with it.
    String shortText = "Talks resumed.";
    float[] alone = model.embed(List.of(shortText))[0];
    float[] batched = model.embed(List.of(
        "A much longer sentence about the humanitarian situation in the region and its roads.",
        shortText))[1];
    assertArrayEquals(alone, batched, 1e-3f);
  }
}
