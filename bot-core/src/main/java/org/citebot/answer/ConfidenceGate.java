package org.citebot.answer;

import java.util.Locale;

/**
 * The best answer must be likely enough to be right ({@link Answerability}): the last gate, it
 * weighs together what the others judge one by one, and what no rule alone judges well: a quote
 * that passes the word gates may still cover the question only in part, and the model weighs that
 * against the rest of the evidence (a paraphrase close in meaning, a strong match of the rest).
 * The refusal says what weighed against the quote. The bar is {@code CITEBOT_MIN_CONFIDENCE}.
 */
final class ConfidenceGate implements AnswerGate.OnAnswer {

  static final String NAME = "confidence";

  private final double minimum;

  ConfidenceGate(double minimum) {
    this.minimum = minimum;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String requirement() {
    return "the answer's confidence is at least CITEBOT_MIN_CONFIDENCE";
  }

  @Override
  public boolean passes(Question q, double confidence) {
    return confidence >= minimum;
  }

  @Override
  public String reason(Question q, double confidence, SentenceFacts lead) {
    return String.format(Locale.ROOT, "The best-matching passage is too unlikely to answer the "
        + "question (confidence %.2f, below %.2f)%s.", confidence, minimum, weakness(q, lead));
  }

  /**
   * What weighs most against the quote, in words for the asker: a share of the question below
   * what words alone require, else the heaviest question word it and its neighbours lack; empty
   * if neither.
   */
  private static String weakness(Question q, SentenceFacts lead) {
    if (lead == null) {
      return "";
    }
    if (lead.coverage() < CoverageGate.WORDS_ALONE_BAR) {
      return String.format(Locale.ROOT, ": it covers %.0f%% of the question's words (weighed by "
          + "rarity)", lead.coverage() * 100);
    }
    String word = HeavyWordGate.heaviestLacking(q, lead);
    return word == null ? ""
        : ": it and its neighbours do not mention \u201c" + word + "\u201d, a word of the question";
  }
}
