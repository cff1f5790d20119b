package org.citebot.answer;

/**
 * No answer may lack, in itself and its neighbours, a word that carries a large share of the
 * question's weight: "How many tanks does the army have?" is not answered by a sentence about
 * the army that never mentions tanks. Names weigh in full; common words, often paraphrased, a
 * little less ({@link QuestionParser#PARAPHRASABLE}).
 */
final class HeavyWordGate implements AnswerGate.OnSentence {

  /** The share of the question's weight that no word an answer lacks may carry. */
  static final double BAR = 0.35;

  @Override
  public String name() {
    return "heavy-word";
  }

  @Override
  public String requirement() {
    return "the answering sentence and its neighbours lack no word carrying "
        + Math.round(BAR * 100) + "% or more of the question's weight";
  }

  @Override
  public Role role() {
    return Role.ANSWER;
  }

  @Override
  public boolean passes(Question q, SentenceFacts s) {
    return s.missing() < BAR;
  }

  @Override
  public String reason(Question q, SentenceFacts s) {
    String word = heaviestLacking(q, s);
    return "The best-matching sentence and its neighbours do not mention "
        + (word == null ? "a rare word" : "\u201c" + word + "\u201d")
        + ", a key word of the question.";
  }

  /**
   * The heaviest word of the question (by what a quote may lack) that the sentence and its
   * neighbours do not mention, as the question writes it, or null.
   */
  static String heaviestLacking(Question q, SentenceFacts s) {
    int heaviest = FactFinder.heaviestMissing(q.terms().conceptIds(), q.lackable(), s.sentence(),
        s.previous(), s.next());
    return heaviest < 0 ? null : q.terms().words().get(heaviest);
  }
}
