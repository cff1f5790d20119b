package org.citebot.answer;

/**
 * The weights that turn a candidate sentence's {@link Evidence} into one score, and the bars below
 * which the bot abstains. {@link #defaults()} is for lexical evidence alone,
 * {@link #semanticDefaults()} for when an embedding model is in use. The weights were fitted by
 * coordinate ascent on one half of the SQuAD 2.0 articles and checked on the other half; the bars
 * were set on the development questions and SQuAD together (see README, "Answer quality").
 *
 * @param coverage weight of {@link Evidence#coverage()}
 * @param contextCoverage weight of {@link Evidence#contextCoverage()}
 * @param sentenceBm25 weight of {@link Evidence#sentenceBm25()}
 * @param shape weight of {@link Evidence#shape()}
 * @param paragraphBm25 weight of {@link Evidence#paragraphBm25()}
 * @param paragraphCoverage weight of {@link Evidence#paragraphCoverage()}
 * @param exactWords weight of {@link Evidence#exactWords()}
 * @param adjacency weight of {@link Evidence#adjacency()}
 * @param missingHere penalty per unit of {@link Evidence#missingHere()}
 * @param standalone weight of {@link Evidence#standalone()}
 * @param semantic weight of {@link Evidence#semantic()}
 * @param paragraphSemantic weight of {@link Evidence#paragraphSemantic()}
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
    double shape,
    double paragraphBm25,
    double paragraphCoverage,
    double exactWords,
    double adjacency,
    double missingHere,
    double standalone,
    double semantic,
    double paragraphSemantic,
    double abstainBelow,
    double paragraphBar,
    double missingBar) {

  public Ranking {
    for (double bar : new double[] {abstainBelow, paragraphBar, missingBar}) {
      if (bar < 0 || bar > 1) {
        throw new IllegalArgumentException(
            "illegal abstention bar: " + bar + ", must be between 0 and 1");
      }
    }
  }

  /**
   * The weights for words alone. Adjacency came after the fit and has a small weight set by
   * measuring whole answers: it lifts SQuAD strict hit@1 from 0.777 to 0.782 and costs 0.2 points
   * of hit@3; the ranking-only fit, which scores single sentences, leaves it at zero.
   */
  public static Ranking defaults() {
    return new Ranking(
        0.3, 0.3, 0.1, 0.15, 0.55, 0.15, 0.2, 0.1, 0.15, 0.1, 0.0, 0.0, 0.3, 0.0, 0.35);
  }

  /**
   * The weights when a sentence-embedding model is in use: closeness in meaning (of the sentence
   * and of its paragraph) takes over much of what BM25 and word coverage did, and a missing
   * heavy word costs more, since a close paraphrase no longer needs it to rank well. Fitted on
   * one half of the SQuAD articles, checked on the other, with shape kept at its lexical weight
   * (the fit lowered it, which cost a development question that asks what someone said) and a
   * small weight for sentences that read on their own (the fit dropped it; without it a quote
   * that leans on the sentence before can win by a hair). Adjacency adds nothing here: closeness
   * in meaning already rewards word order.
   */
  public static Ranking semanticDefaults() {
    return new Ranking(0.025, 0.175, 0.025, 0.15, 0.0, 0.275, 0.15, 0.0, 0.575, 0.05, 0.7, 0.825,
        0.3, 0.0, 0.35);
  }

  /** The weighted sum of the evidence. */
  double score(Evidence e) {
    return coverage * e.coverage() + contextCoverage * e.contextCoverage()
        + sentenceBm25 * e.sentenceBm25() + shape * e.shape() + paragraphBm25 * e.paragraphBm25()
        + paragraphCoverage * e.paragraphCoverage() + exactWords * e.exactWords()
        + adjacency * e.adjacency()
        - missingHere * e.missingHere() + standalone * e.standalone()
        + semantic * e.semantic() + paragraphSemantic * e.paragraphSemantic();
  }

  /** Whether a candidate may be quoted as an answer on its own. */
  boolean mayAnswer(Evidence e) {
    return e.coverage() >= abstainBelow && e.paragraphCoverage() >= paragraphBar
        && e.missing() < missingBar;
  }

  /**
   * Whether a candidate that may not answer on its own may still be quoted beside one that does,
   * when it ranks nearly as well: it covers at least half the share of the question that an
   * answer must. Such a sentence often lacks a word of the question that its paragraph has ("The
   * empire allied with Germany" in a paragraph about the Ottoman Empire).
   */
  boolean maySupport(Evidence e) {
    return e.coverage() >= abstainBelow / 2;
  }
}
