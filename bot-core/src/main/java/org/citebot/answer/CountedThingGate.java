package org.citebot.answer;

/**
 * "How many tanks?" is not answered by a number of anything else: what the question counts must
 * be named in the sentence or beside it (or implied: "twice" counts times, a sum in a currency
 * counts money).
 */
final class CountedThingGate implements AnswerGate.OnSentence {

  @Override
  public String name() {
    return "counted-thing";
  }

  @Override
  public String requirement() {
    return "for how many: the quote or its neighbours name what is counted";
  }

  @Override
  public Role role() {
    return Role.LEAD;
  }

  @Override
  public boolean passes(Question q, SentenceFacts s) {
    return s.namesFocus();
  }

  @Override
  public String reason(Question q, SentenceFacts s) {
    return "The best-matching sentence does not say how many " + String.join(" ", q.focus())
        + " there were: no number there counts them.";
  }
}
