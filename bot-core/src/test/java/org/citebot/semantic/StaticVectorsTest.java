package org.citebot.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The shipped static vectors, read for real. */
class StaticVectorsTest {

  private final StaticVectors vectors = StaticVectors.shipped();

  @Test
  void shipped_areReadFromTheClassPath_andGiveUnitVectors() {
    assertNotNull(vectors, "the shipped vectors load");
    float[] v = vectors.embed("Who controls the road?");
    assertEquals(384, v.length);
    assertEquals(1.0, SentenceEncoder.similarity(v, v), 1e-4);
  }

  @Test
  void embed_aSentenceOnTheSubject_isCloserThanOneOnAnother() {
    float[] question = vectors.embed("What is chloroplast DNA abbreviated as?");
    double onTopic = SentenceEncoder.similarity(question, vectors.embed(
        "Chloroplasts have their own DNA, often abbreviated as ctDNA or cpDNA."));
    double offTopic = SentenceEncoder.similarity(question, vectors.embed(
        "The directive, abbreviated as the WFD, sets rules for European Union law."));
    assertTrue(onTopic > offTopic + 0.1, onTopic + " vs " + offTopic);
  }

  /** The sentence model reads its vocabulary from the vectors: it must be the model's own. */
  @Test
  void vocabulary_isTheSentenceModelsTokenizer() throws IOException {
    try (java.io.InputStream json = StaticVectors.class.getClassLoader()
        .getResourceAsStream(SemanticModel.TOKENIZER)) {
      WordPieceTokenizer model = WordPieceTokenizer.read(json);
      assertArrayEquals(model.pieces(), vectors.tokenizer().pieces());
      String text = "Azerbaijani workers built a covered checkpoint facility near Lachin.";
      assertArrayEquals(model.encode(text, 256), vectors.tokenizer().encode(text, 256));
    }
  }

  @Test
  void embed_textOfNoWordPiece_isTheZeroVector() {
    float[] v = vectors.embed("   ");
    assertEquals(0.0, SentenceEncoder.similarity(v, v));
  }

  @Test
  void read_damagedOrForeignFile_isRefusedWithTheReason() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(0x43425356);
      out.writeInt(10);
      out.writeInt(-4);
      out.writeInt(0);
    }
    IOException e = assertThrows(IOException.class,
        () -> StaticVectors.read(new ByteArrayInputStream(bytes.toByteArray())));
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());

    ByteArrayOutputStream other = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(other)) {
      out.writeInt(42);
    }
    e = assertThrows(IOException.class,
        () -> StaticVectors.read(new ByteArrayInputStream(other.toByteArray())));
    assertEquals("not a static vectors file", e.getMessage());
  }
}
