package org.citebot.answer;

import java.util.List;
import org.citebot.retrieval.SentenceRef;
import org.citebot.semantic.SentenceEncoder;
import org.citebot.semantic.StaticVectors;

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
    // How far the lead stands above the best other candidate that could answer, outside its
    // excerpt: a narrow lead over an unrelated sentence says the words of the question are spread
    // thin. (A sentence the gates refuse, one with no date for a "when" question, say, competes
    // for the words but not for the answer.)
    double next = 0;
    for (Candidate c : ranked) {
      if (!best.members().contains(c) && c.mayLead() && c.mayAnswer()) {
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
        StrictMath.log1p(q.terms().concepts().size()),
        q.negated() ? 1 : 0,
        lacking(q, lead.sentence()),
        StrictMath.log1p(ranked.size()),
        best.members().size(),
        f.missingHere() * q.totalWeight(),
        q.totalWeight(),
        closeness(q, best)};
  }

  /** How many of the question's weighed concepts the sentence lacks. */
  static int lacking(Question q, SentenceRef s) {
    int n = 0;
    int[][] ids = q.terms().conceptIds();
    for (int i = 0; i < ids.length; i++) {
      if (q.weights()[i] > 0 && !s.hasAny(ids[i])) {
        n++;
      }
    }
    return n;
  }

  /**
   * How close the excerpt's meaning is to the question's, by the static word-piece vectors
   * (microseconds, so every answer has it); 0, the careful reading, where they cannot be read.
   */
  static double closeness(Question q, Excerpt best) {
    StaticVectors vectors = StaticVectors.shipped();
    if (vectors == null) {
      return 0;
    }
    StringBuilder text = new StringBuilder();
    for (Candidate m : best.members()) {
      text.append(m.sentence().text()).append(' ');
    }
    return SentenceEncoder.similarity(vectors.embed(q.text()), vectors.embed(text.toString()));
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
