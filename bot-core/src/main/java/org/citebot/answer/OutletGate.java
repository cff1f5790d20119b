package org.citebot.answer;

/**
 * A question that names an outlet of the corpus ("What does Caliber.az say about the
 * peacekeepers?") is answered from that outlet's articles only; when none of them answers, the
 * bot says so rather than quote another outlet.
 */
final class OutletGate implements AnswerGate.OnSentence {

  @Override
  public String name() {
    return "outlet";
  }

  @Override
  public String requirement() {
    return "when the question names an outlet, the quote is from that outlet";
  }

  @Override
  public Role role() {
    return Role.LEAD;
  }

  @Override
  public boolean passes(Question q, SentenceFacts s) {
    return q.outlet() == null || q.outlet().equals(s.sentence().article().source().outlet());
  }

  @Override
  public String reason(Question q, SentenceFacts s) {
    return "No article from " + q.outlet() + " answers that; the best-matching sentence is from "
        + s.sentence().article().source().outletOrTitle() + ".";
  }
}
