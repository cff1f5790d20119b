package org.citebot.answer;

import java.util.List;

/** The {@link Answerability} inputs of a question's best answering excerpt. */
final class AnswerabilityInputs {

  private AnswerabilityInputs() {}

  /** The inputs, in the order of {@link Answerability#INPUTS}. */
  static double[] of(Question q, Excerpt best, List<Candidate> ranked) {
    Candidate lead = best.lead();
    SentenceFacts f = lead.facts();
    double coverage = 0;
    for (Candidate m : best.members()) {
      coverage = Math.max(coverage, m.facts().coverage());
    }
    // How far the lead stands above the best candidate outside its excerpt: a narrow lead over
    // an unrelated sentence says the words of the question are spread thin.
    double next = 0;
    for (Candidate c : ranked) {
      if (!best.members().contains(c)) {
        next = c.score();
        break;
      }
    }
    return new double[] {
        coverage,
        f.contextCoverage(),
        f.paragraphCoverage(),
        f.missing(),
        f.missingHere(),
        lead.score(),
        lead.score() - next,
        lead.features()[Feature.SHAPE.ordinal()],
        f.exactWords(),
        f.adjacency(),
        unknownShare(q),
        lead.mayAnswer() ? 1 : 0,
        Math.log1p(q.terms().concepts().size())};
  }

  /** The share of the question's weight in words that no sentence of the corpus has. */
  static double unknownShare(Question q) {
    if (q.totalWeight() <= 0) {
      return 0;
    }
    double unknown = 0;
    int[][] ids = q.terms().conceptIds();
    for (int i = 0; i < ids.length; i++) {
      boolean known = false;
      for (int id : ids[i]) {
        known |= id >= 0;
      }
      if (!known) {
        unknown += q.weights()[i];
      }
    }
    return unknown / q.totalWeight();
  }
}
