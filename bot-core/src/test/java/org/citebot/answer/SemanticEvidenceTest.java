package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citebot.corpus.Article;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.LoadReport;
import org.citebot.corpus.Source;
import org.citebot.semantic.TextEmbedder;
import org.citebot.text.TextSegmenter;
import org.junit.jupiter.api.Test;

/** Closeness in meaning decides between sentences that words alone cannot tell apart. */
class SemanticEvidenceTest {

  private static final String MARCH = "The council voted on the budget in March.";
  private static final String MAY = "The council voted on the budget in May.";

  private static final Corpus CORPUS = new Corpus(List.of(TextSegmenter.article(
      new Source("c", "Council", "Example News", null, null, null, "en"),
      MARCH + " " + MAY, "c.txt")), new LoadReport(1, List.of(), List.of()), "v1", List.of());

  /** Puts the question next to texts that contain {@code near} and away from the rest. */
  private static TextEmbedder closeTo(String near) {
    return texts -> texts.stream()
        .map(t -> t.contains(near) || t.endsWith("?") ? new float[] {1, 0} : new float[] {0, 1})
        .toArray(float[][]::new);
  }

  private static String firstQuote(TextEmbedder model) {
    Answer a = CorpusAnswerService.create(CORPUS, Ranking.semanticDefaults(), 0, model)
        .ask("When did the council vote on the budget?");
    assertTrue(a.answered(), a.toString());
    return a.quotes().get(0).text();
  }

  @Test
  void ask_withSentenceModel_quotesTheSentenceClosestInMeaning() {
    assertEquals(MAY, firstQuote(closeTo("May")));
    assertEquals(MARCH, firstQuote(closeTo("March")));
  }

  @Test
  void ask_checkpointQuestion_withTheShippedModel_quotesThe23AprilSentence() {
    CorpusAnswerService bot = CorpusAnswerService.create(
        org.citebot.corpus.CorpusLoader.loadDefault(), Matching.SEMANTIC, 0);
    assertTrue(bot.semantic());
    Quote first = bot.ask("When was the checkpoint set up?").quotes().get(0);
    assertTrue(first.text().startsWith("On 23 April, Baku opened a checkpoint"), first.text());
    assertEquals("International Crisis Group", first.source().outlet());
  }

  @Test
  void ask_withoutSentenceModel_answersFromWordsAlone() {
    CorpusAnswerService lexical = CorpusAnswerService.create(CORPUS, Matching.LEXICAL, 0);
    assertEquals(false, lexical.semantic());
    assertTrue(lexical.ask("When did the council vote on the budget?").answered());
  }

  @Test
  void matching_parsesBothNamesAndRejectsOthersByName() {
    assertEquals(Matching.LEXICAL, Matching.parse(null));
    assertEquals(Matching.SEMANTIC, Matching.parse(" Semantic "));
    var e = org.junit.jupiter.api.Assertions.assertThrows(
        org.citebot.chat.ConfigException.class, () -> Matching.parse("fuzzy"));
    assertEquals("CITEBOT_MATCHING=fuzzy must be semantic or lexical", e.getMessage());
  }
}
