package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citebot.answer.AnswerSettings;
import org.citebot.answer.Matching;
import org.citebot.answer.Ranking;
import org.citebot.semantic.TextEmbedder;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.junit.jupiter.api.Test;

class BenchTest {

  private static final Corpus CORPUS = new Corpus(List.of(
      TextSegmenter.article(new Source("c", "Council", "Example News", null, null, null, "en"),
          "The council voted on the budget in March. The council voted on the budget in May.\n\n"
              + "The mayor opened the new bridge in June. Traffic on the bridge doubled.", "c.txt"),
      TextSegmenter.article(new Source("h", "Harbour", "Example News", null, null, null, "en"),
          "The harbour was dredged in 1921. Fishing boats land there every morning.", "h.txt")),
      new LoadReport(2, List.of(), List.of()), "v1", List.of());

  private static final List<String> QUESTIONS = List.of(
      "When did the council vote on the budget?", "When was the harbour dredged?",
      "Who opened the bridge?");

  /** Eight floats a text, unrelated to meaning: enough to hold vectors. */
  private static final TextEmbedder EIGHT = t -> {
    float[] v = new float[8];
    v[Math.floorMod(t.hashCode(), 8)] = 1;
    return v;
  };

  @Test
  void lexical_hasAnIndexAndNoSentenceVectors() {
    Bench.Figures f = Bench.measure("test", CORPUS, QUESTIONS, 1, Matching.LEXICAL);
    assertEquals("lexical", f.matching());
    assertEquals(6, f.sentences());
    assertTrue(f.indexBytes() > 0, f.text());
    assertEquals(0, f.sentenceVectors(), f.text());
    assertEquals(0, f.sentenceVectorBytes(), f.text());
    assertTrue(f.text().contains("sentence vectors 0 bytes"), f.text());
  }

  @Test
  void semantic_countsTheVectorsItHolds_fourBytesAFloat() {
    Bench.Figures f = Bench.measure("test", CORPUS, QUESTIONS, 1,
        AnswerSettings.of(Ranking.semanticDefaults(), EIGHT));
    assertEquals("semantic", f.matching());
    assertTrue(f.sentenceVectors() > 0 && f.sentenceVectors() <= f.sentences(), f.text());
    assertEquals(f.sentenceVectors() * 8L * 4, f.sentenceVectorBytes(), f.text());
    assertEquals(f.sentences() * 8L * 4, f.allSentenceVectorBytes(), f.text());
    assertTrue(f.json().path("sentenceVectorBytes").asLong() > 0, f.json().toString());
  }

  @Test
  void spread_takesEvenlySpacedItems() {
    assertEquals(List.of(0, 3, 6), Bench.spread(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8), 3));
    assertEquals(List.of(0, 1), Bench.spread(List.of(0, 1), 5));
  }
}
