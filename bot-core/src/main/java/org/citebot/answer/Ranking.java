package org.citebot.answer;

/**
 * The weights that turn a candidate sentence's evidence into one score, and the bar below which
 * the bot abstains. Defaults were chosen on the development questions and on one half of the
 * SQuAD 2.0 articles, and checked on the other half (see README, "Answer quality").
 *
 * @param coverage share of the question's term weight (IDF) the sentence contains
 * @param contextCoverage that share over the sentence and its neighbours in the paragraph
 * @param sentenceBm25 the sentence's BM25 score, relative to the best sentence
 * @param passageBm25 its best passage window's BM25 score, relative to the best passage
 * @param shape whether it has the answer's shape (a date for "when", a number for "how many")
 * @param paragraphBm25 its paragraph's (with the article title) BM25 score, relative to the best
 * @param bigrams share of the question's adjacent term pairs that stand close in the sentence
 * @param novelty share of the sentence's terms the question does not contain
 * @param paragraphCoverage share of the question's term weight in the paragraph and title
 * @param exactWords share of the question's words found in the sentence unstemmed
 * @param length the sentence's length in terms, up to 40, over 40: longer sentences hold more
 * @param nearness how close the answer-shaped words (a date for "when") stand to matched words
 * @param missing penalty for the heaviest question concept the sentence and its neighbours lack
 * @param missingHere penalty for the heaviest question concept the sentence itself lacks
 * @param standalone bonus for a sentence that does not open with a pronoun or connective, so it
 *     reads on its own as a quote
 * @param abstainBelow abstain when no sentence covers at least this share of the question
 * @param paragraphBar an answer's paragraph (with the title) must cover at least this share
 * @param missingBar no answer may lack, in itself and its neighbours, a question concept that
 *     carries this share of the question's weight or more: "How many tanks does the army have?"
 *     is not answered by a sentence about the army that never mentions tanks
 */
public record Ranking(
    double coverage,
    double contextCoverage,
    double sentenceBm25,
    double passageBm25,
    double shape,
    double paragraphBm25,
    double bigrams,
    double novelty,
    double paragraphCoverage,
    double exactWords,
    double length,
    double nearness,
    double missing,
    double missingHere,
    double standalone,
    double abstainBelow,
    double paragraphBar,
    double missingBar) {

  public Ranking {
    if (abstainBelow < 0 || abstainBelow > 1) {
      throw new IllegalArgumentException(
          "illegal abstainBelow: " + abstainBelow + ", must be between 0 and 1");
    }
  }

  public static Ranking defaults() {
    return new Ranking(0.3, 0.3, 0.1, 0.05, 0.15, 0.55, 0.0, 0.0, 0.15, 0.2, 0.0, 0.0, 0.0, 0.15, 0.1,
        0.3, 0.0, 0.35);
  }

  /** The weighted sum of features given in this record's order (coverage first). */
  double score(double[] f) {
    return coverage * f[0] + contextCoverage * f[1] + sentenceBm25 * f[2] + passageBm25 * f[3]
        + shape * f[4] + paragraphBm25 * f[5] + bigrams * f[6] + novelty * f[7]
        + paragraphCoverage * f[8] + exactWords * f[9] + length * f[10] + nearness * f[11]
        - missing * f[12] - missingHere * f[13] + standalone * f[14];
  }

  /** The same weights with other abstention bars. */
  public Ranking withBars(double coverageBar, double paragraphCoverageBar, double missingShareBar) {
    return new Ranking(coverage, contextCoverage, sentenceBm25, passageBm25, shape, paragraphBm25,
        bigrams, novelty, paragraphCoverage, exactWords, length, nearness, missing, missingHere,
        standalone, coverageBar,
        paragraphCoverageBar, missingShareBar);
  }

  /** The same ranking with other weights (in this record's order), for tuning. */
  public Ranking withWeights(double[] w) {
    return new Ranking(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10],
        w[11], w[12], w[13], w[14], abstainBelow, paragraphBar, missingBar);
  }
}
