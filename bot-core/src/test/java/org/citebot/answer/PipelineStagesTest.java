package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citebot.retrieval.PassageIndex;
import org.citebot.retrieval.SentenceRef;
import org.junit.jupiter.api.Test;

/** The search, ranking, excerpt and quote-choice stages, each on its own. */
class PipelineStagesTest {

  private static final PassageIndex INDEX = TinyCorpus.index(
      "The bridge over the river was opened in 1932. It was rebuilt after the flood. "
          + "Farmers crossed it every day.\n\nThe mayor praised the engineers.",
      "Rain fell over the hills. The bridge was closed for a week in 1950.");
  private static final Paragraphs PARAGRAPHS = new Paragraphs(INDEX);
  private static final SentenceAnnotations ANNOTATIONS =
      new SentenceAnnotations(INDEX.sentenceCount());
  private static final Gates GATES = Gates.standard(PARAGRAPHS, ANNOTATIONS, Set.of(), 0, false);

  private static Question question(String text) {
    return new QuestionParser(INDEX).parse(text);
  }

  private static List<Candidate> ranked(Question q, Ranking ranking) {
    List<CandidateSearch.Hit> hits = new CandidateSearch(INDEX, PARAGRAPHS).search(q);
    List<SentenceFacts> facts = new FactFinder(INDEX, PARAGRAPHS, ANNOTATIONS).find(q, hits);
    return new Ranker(ranking, ranking, null, GATES, PARAGRAPHS).rank(q, facts, true)
        .candidates();
  }

  @Test
  void candidateSearch_addsTheBestParagraphsOtherSentences_withRelativeScores() {
    List<CandidateSearch.Hit> hits =
        new CandidateSearch(INDEX, PARAGRAPHS).search(question("When was the bridge opened?"));
    Set<String> texts = new HashSet<>();
    hits.forEach(h -> texts.add(h.sentence().text()));
    assertTrue(texts.contains("Farmers crossed it every day."),
        "a sentence of the best paragraph comes in with it: " + texts);
    assertEquals(1.0, hits.get(0).sentenceBm25(), 1e-9, "scores are relative to the best");
    hits.forEach(h -> assertTrue(h.sentenceBm25() <= 1 && h.paragraphBm25() <= 1));
  }

  @Test
  void ranker_scoresTheWeightedFeatures_bestFirst_tiesBySentenceOrder() {
    Question q = question("When was the bridge opened?");
    List<Candidate> ranked = ranked(q, Ranking.defaults());
    assertEquals("The bridge over the river was opened in 1932.", ranked.get(0).sentence().text());
    for (Candidate c : ranked) {
      assertEquals(Ranking.defaults().score(c.features()), c.score(), 1e-12);
    }
    for (int i = 1; i < ranked.size(); i++) {
      Candidate a = ranked.get(i - 1);
      Candidate b = ranked.get(i);
      assertTrue(a.score() > b.score()
          || (a.score() == b.score() && a.sentence().ord() < b.sentence().ord()));
    }
  }

  @Test
  void ranker_featureOff_weighsNothing() {
    Question q = question("When was the bridge opened?");
    Ranking onlyShape = Ranking.of(java.util.Map.of(Feature.SHAPE, 1.0));
    for (Candidate c : ranked(q, onlyShape)) {
      assertEquals(c.features()[Feature.SHAPE.ordinal()], c.score(), 1e-12);
    }
    assertEquals(0.0, Ranking.defaults().without(Set.of(Feature.SHAPE)).weight(Feature.SHAPE));
  }

  @Test
  void excerptBuilder_joinsTheSentenceThatGoesOn_andUsesNoSentenceTwice() {
    Question q = question("What happened to the bridge over the river?");
    List<Candidate> ranked = ranked(q, Ranking.defaults());
    ExcerptBuilder.Result built = new ExcerptBuilder(PARAGRAPHS, GATES).build(q, ranked);
    Excerpt first = built.excerpts().get(0);
    assertEquals(List.of("The bridge over the river was opened in 1932.",
            "It was rebuilt after the flood."),
        first.members().stream().map(c -> c.sentence().text()).toList().subList(0, 2));
    Set<SentenceRef> seen = new HashSet<>();
    for (Excerpt e : built.excerpts()) {
      for (Candidate m : e.members()) {
        assertTrue(seen.add(m.sentence()), "twice: " + m.sentence().text());
      }
    }
  }

  @Test
  void excerptBuilder_recordsTheExcerptGateThatRefused() {
    Question q = question("What was the bridge over the river not?");
    ExcerptBuilder.Result built =
        new ExcerptBuilder(PARAGRAPHS, GATES).build(q, ranked(q, Ranking.defaults()));
    assertTrue(built.refused().values().stream().anyMatch(r -> r.gate().equals("denial")),
        built.refused().toString());
  }

  @Test
  void quoteChooser_prefersAnotherOutlet_andQuotesExactSlices() {
    Question q = question("When was the bridge opened or closed?");
    List<Candidate> ranked = ranked(q, Ranking.defaults());
    ExcerptBuilder.Result built = new ExcerptBuilder(PARAGRAPHS, GATES).build(q, ranked);
    QuoteChooser.Chosen chosen =
        new QuoteChooser(PARAGRAPHS, null, ANNOTATIONS).choose(q, built.excerpts(), ranked);
    assertFalse(chosen.quotes().isEmpty());
    Set<String> outlets = new HashSet<>();
    for (Quote quote : chosen.quotes()) {
      outlets.add(quote.source().outlet());
      assertEquals(quote.article().text().substring(quote.start(), quote.end()), quote.text());
    }
    assertEquals(2, outlets.size(), "both outlets quoted: " + chosen.quotes());
  }
}
