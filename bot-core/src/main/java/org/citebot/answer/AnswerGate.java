package org.citebot.answer;

/**
 * One answerability rule: a named reason to abstain rather than quote. The gates stand in one
 * ordered list ({@link Gates#standard}); each says at which point of the pipeline it judges and
 * which facts it reads, and {@code eval --without NAME} switches one off to measure its worth.
 * An abstention names the gate that refused the best candidate, and why.
 */
public sealed interface AnswerGate
    permits AnswerGate.OnQuestion, AnswerGate.OnSentence, AnswerGate.OnExcerpt,
    AnswerGate.OnAnswer {

  /** The gate's name, lower case with hyphens, as used by {@code eval --without}. */
  String name();

  /** What the gate requires, in one line, for help texts. */
  String requirement();

  /** Judges the question itself, before any search. */
  non-sealed interface OnQuestion extends AnswerGate {
    /** Whether the question may be answered at all. */
    boolean passes(Question q);

    /** Why it may not, in words for the asker. */
    String reason(Question q);
  }

  /** Judges one candidate sentence from its facts. */
  non-sealed interface OnSentence extends AnswerGate {

    /** What a sentence that fails is denied. */
    enum Role {
      /** It may not lead a quote at all. */
      LEAD,
      /** It may not be quoted as an answer alone; it may still support one. */
      ANSWER
    }

    Role role();

    boolean passes(Question q, SentenceFacts s);

    /**
     * For an answer gate: whether a sentence that fails may still be quoted beside an answer,
     * when it ranks nearly as well.
     */
    default boolean supports(Question q, SentenceFacts s) {
      return true;
    }

    /** Why the sentence fails, in words for the asker. */
    String reason(Question q, SentenceFacts s);
  }

  /** Judges an excerpt (a leading sentence and the neighbours quoted with it) as a whole. */
  non-sealed interface OnExcerpt extends AnswerGate {
    boolean passes(Question q, Excerpt e);

    /** Why the excerpt fails, in words for the asker. */
    String reason(Question q, Excerpt e);
  }

  /** Judges the answer as a whole, from how likely it is right. */
  non-sealed interface OnAnswer extends AnswerGate {
    boolean passes(Question q, double confidence);

    /**
     * Why the answer is refused, in words for the asker; {@code lead} is the sentence the answer
     * would have opened with.
     */
    String reason(Question q, double confidence, SentenceFacts lead);
  }
}
