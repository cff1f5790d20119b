package org.citebot.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

  private static WordPieceTokenizer bert;

  @BeforeAll
  static void readShippedVocabulary() throws IOException {
    try (InputStream in = WordPieceTokenizer.class.getClassLoader()
        .getResourceAsStream(SemanticModel.TOKENIZER)) {
      bert = WordPieceTokenizer.read(in);
    }
  }

  @Test
  void encode_commonWords_givesBertUncasedIds() {
    // [CLS] hello world [SEP] in bert-base-uncased, which the model's vocabulary is.
    assertArrayEquals(new long[] {101, 7592, 2088, 102}, bert.encode("Hello World", 256));
  }

  @Test
  void encode_rareWord_isCutIntoPiecesMarkedInsideTheWord() {
    WordPieceTokenizer t = new WordPieceTokenizer(
        Map.of("[CLS]", 0, "[SEP]", 1, "[UNK]", 2, "check", 3, "##point", 4, "##s", 5));
    assertArrayEquals(new long[] {0, 3, 4, 5, 1}, t.encode("Checkpoints", 16));
    assertArrayEquals(new long[] {0, 2, 1}, t.encode("pointcheck", 16));
  }

  @Test
  void basicTokens_foldAccentsAndSplitPunctuation() {
    assertEquals(List.of("erdogan", "'", "s", "road", "(", "lachin", ")", "—", "closed", "."),
        WordPieceTokenizer.basicTokens("Erdoğan's road (Lachin) — closed."));
  }

  @Test
  void encode_longText_isCutButKeepsTheClosingMarker() {
    long[] ids = bert.encode("word ".repeat(1000), 256);
    assertEquals(256, ids.length);
    assertEquals(101, ids[0]);
    assertEquals(102, ids[255]);
  }

  @Test
  void read_otherTokenizerModel_isRejectedWithItsType() {
    InputStream bpe = new ByteArrayInputStream(
        "{\"model\":{\"type\":\"BPE\",\"vocab\":{}}}".getBytes(StandardCharsets.UTF_8));
    IOException e = assertThrows(IOException.class, () -> WordPieceTokenizer.read(bpe));
    assertTrue(e.getMessage().contains("BPE"), e.getMessage());
  }
}
