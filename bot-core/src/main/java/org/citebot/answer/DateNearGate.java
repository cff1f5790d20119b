package org.citebot.answer;

/**
 * A "when" answer's date must stand near the question's words in its sentence: a date far from
 * them dates something else ("setting up a checkpoint, Baku appears to be continuing a pattern
 * that first emerged in the 2020 war" does not say when the checkpoint was set up).
 */
final class DateNearGate implements AnswerGate.OnSentence {

  @Override
  public String name() {
    return "date-near";
  }

  @Override
  public String requirement() {
    return "for when: the quote's date stands within " + FactFinder.DATE_NEAR
        + " words of the question's words";
  }

  @Override
  public Role role() {
    return Role.LEAD;
  }

  @Override
  public boolean passes(Question q, SentenceFacts s) {
    return s.dateNear();
  }

  @Override
  public String reason(Question q, SentenceFacts s) {
    return "The best-matching sentence's date stands far from the question's words, so it dates "
        + "something else.";
  }
}
