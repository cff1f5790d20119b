package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citebot.semantic.TextEmbedder;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
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
    return t -> t.contains(near) || t.endsWith("?") ? new float[] {1, 0} : new float[] {0, 1};
  }

  private static String firstQuote(TextEmbedder model) {
    Answer a = CorpusAnswerService.create(CORPUS, AnswerSettings.of(Ranking.semanticDefaults(), model), 0)
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
  void ask_whenWordsAloneDecide_leavesTheModelUnasked() {
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    TextEmbedder counting = text -> {
      calls.incrementAndGet();
      return closeTo("May").embed(text);
    };
    Article a = TextSegmenter.article(new Source("l", "Lighthouses", "Example News", null, null,
        null, "en"), "The old lighthouse was built in 1874. Fishing boats left the harbour "
        + "at dawn.", "l.txt");
    Corpus corpus = new Corpus(List.of(a), new LoadReport(1, List.of(), List.of()), "v1",
        List.of());
    Answer answer = CorpusAnswerService.create(corpus, AnswerSettings.of(Ranking.semanticDefaults(), counting), 0)
        .ask("When was the lighthouse built?");
    assertEquals("The old lighthouse was built in 1874.", answer.quotes().get(0).text());
    assertEquals(0, calls.get(), "one sentence clearly leads on words alone");
  }

  @Test
  void ask_whenTheModelCannotRun_answersFromWordsAlone() {
    TextEmbedder broken = text -> {
      throw new IllegalStateException("sentence model unavailable");
    };
    Answer a = CorpusAnswerService.create(CORPUS, AnswerSettings.of(Ranking.semanticDefaults(), broken), 0)
        .ask("When did the council vote on the budget?");
    assertTrue(a.answered());
    assertEquals(MARCH + " " + MAY, a.quotes().get(0).text(),
        "words alone cannot tell the two apart, so both are quoted as written");
  }

  /**
   * Where the model cannot run, a question it was to weigh is judged as words alone judge it:
   * the gates, confidence model and bar fitted for semantic matching read a quote ranked with
   * the model, and would misjudge one ranked without it.
   */
  @Test
  void ask_whenTheModelCannotRun_judgesTheQuoteAsWordsAloneDo() throws Exception {
    var calls = new java.util.concurrent.atomic.AtomicInteger();
    TextEmbedder broken = text -> {
      calls.incrementAndGet();
      throw new IllegalStateException("sentence model unavailable");
    };
    Corpus corpus = org.citebot.corpus.CorpusLoader.loadDefault();
    CorpusAnswerService degraded = CorpusAnswerService.create(corpus,
        AnswerSettings.of(Ranking.semanticDefaults(), broken), 0);
    CorpusAnswerService lexical = CorpusAnswerService.create(corpus, Matching.LEXICAL, 0);
    int weighed = 0;
    for (org.citebot.eval.DevEval.Item item : org.citebot.eval.DevEval.read(java.nio.file.Path.of(
        SemanticEvidenceTest.class.getResource("/eval/reader-questions.jsonl").toURI()))) {
      int before = calls.get();
      Answer d = degraded.ask(item.question());
      if (calls.get() == before) {
        continue;
      }
      weighed++;
      Answer l = lexical.ask(item.question());
      assertEquals(l.answered(), d.answered(), item.question());
      assertEquals(l.confidence(), d.confidence(), item.question());
      assertEquals(l.quotes().stream().map(Quote::text).toList(),
          d.quotes().stream().map(Quote::text).toList(), item.question());
    }
    assertTrue(weighed >= 5, "questions the model was asked to weigh: " + weighed);
  }

  @Test
  void ask_withoutSentenceModel_answersFromWordsAlone() {
    CorpusAnswerService lexical = CorpusAnswerService.create(CORPUS, Matching.LEXICAL, 0);
    assertEquals(false, lexical.semantic());
    assertTrue(lexical.ask("When did the council vote on the budget?").answered());
  }

  @Test
  void matching_parsesBothNamesAndRejectsOthersByName() {
    assertEquals(Matching.SEMANTIC, Matching.parse(null));
    assertEquals(Matching.SEMANTIC, Matching.parse(" "));
    assertEquals(Matching.LEXICAL, Matching.parse("lexical"));
    assertEquals(Matching.SEMANTIC, Matching.parse(" Semantic "));
    var e = org.junit.jupiter.api.Assertions.assertThrows(
        org.citebot.config.ConfigException.class, () -> Matching.parse("fuzzy"));
    assertEquals("CITEBOT_MATCHING=fuzzy must be semantic or lexical", e.getMessage());
  }
}
