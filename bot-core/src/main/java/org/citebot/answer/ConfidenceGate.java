package org.citebot.answer;

import java.util.Locale;

/**
 * The best answer must be likely enough to be right ({@link Answerability}): the last gate, it
 * weighs together what the others judge one by one. The bar is {@code CITEBOT_MIN_CONFIDENCE}.
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
  public String reason(Question q, double confidence) {
    return String.format(Locale.ROOT, "The best-matching passage is too unlikely to answer the "
        + "question (confidence %.2f, below %.2f).", confidence, minimum);
  }
}
