package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citebot.retrieval.PassageIndex;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.junit.jupiter.api.Test;

class FactFinderTest {

  private static PassageIndex index() {
    Article a = TextSegmenter.article(new Source("x", "Rouen", "Example News", null, null, null,
        "en"), "Emma married the king in Rouen. Telnet was sold in 1990.", "x.txt");
    return PassageIndex.build(new Corpus(List.of(a), new LoadReport(1, List.of(), List.of()),
        "v1", List.of()));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "They passed through the gate.|false",
      "Other spokesmen included the writer.|false",
      "Uninterested in administration, they kept apart.|false",
      "Most went to Cuba.|false",
      "Many of them stayed.|false",
      "Many people crossed the bridge.|true",
      "In 1991, the exchange reopened.|true",
      "The storm scattered the ships.|true"})
  void standsAlone_unlessItLeansOnTheSentenceBefore(String sentence, boolean alone) {
    assertEquals(alone, FactFinder.standsAlone(sentence));
  }

  @Test
  void adjacency_rewardsTheQuestionsWordsSideBySide() {
    Article a = TextSegmenter.article(new Source("s", "Seals", "Example News", null, null, null,
        "en"), "The oldest armed seal of Warsaw is from 1390. An armed guard kept the oldest "
        + "seal in Warsaw.", "s.txt");
    PassageIndex index = PassageIndex.build(new Corpus(List.of(a),
        new LoadReport(1, List.of(), List.of()), "v1", List.of()));
    Question q = new QuestionParser(index).parse("When is the oldest armed seal of Warsaw from?");
    // oldest-armed, armed-seal, seal-warsaw ("of" is a stop word) side by side in the first;
    // in the second, only seal-warsaw ("in" too).
    assertEquals(1.0, FactFinder.adjacency(q, index.sentence(0, 0)), 1e-9);
    assertEquals(1.0 / 3, FactFinder.adjacency(q, index.sentence(0, 1)), 1e-9);
  }
}
