package org.citebot.answer;

/**
 * The weights that turn a candidate sentence's evidence into one score, and the bar below which
 * the bot abstains. Defaults were chosen on the development questions and the SQuAD 2.0 half
 * together (see README, "Answer quality").
 *
 * @param coverage weight of the share of the question's term weight the sentence contains
 * @param contextCoverage weight of that share over the sentence and its neighbours
 * @param sentenceBm25 weight of the sentence's BM25 score, relative to the best
 * @param passageBm25 weight of its best passage's BM25 score, relative to the best
 * @param shape bonus when the sentence has the answer's shape (a date for "when", ...)
 * @param abstainBelow abstain when no sentence covers at least this share of the question
 */
public record Ranking(
    double coverage,
    double contextCoverage,
    double sentenceBm25,
    double passageBm25,
    double shape,
    double abstainBelow) {

  public Ranking {
    if (abstainBelow < 0 || abstainBelow > 1) {
      throw new IllegalArgumentException(
          "illegal abstainBelow: " + abstainBelow + ", must be between 0 and 1");
    }
  }

  public static Ranking defaults() {
    return new Ranking(0.45, 0.15, 0.25, 0.15, 0.10, 0.55);
  }
}
