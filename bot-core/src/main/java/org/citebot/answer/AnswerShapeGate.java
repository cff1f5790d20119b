package org.citebot.answer;

/**
 * A quote must hold what the question asks for: a date for "when", a number for "how many", a
 * length of time for "how long", a name the question does not already use for "who" and
 * "where". Questions of other kinds ask for no particular shape and always pass.
 */
final class AnswerShapeGate implements AnswerGate.OnSentence {

  @Override
  public String name() {
    return "answer-shape";
  }

  @Override
  public String requirement() {
    return "the quote leads with a sentence holding what the question asks for (a date for "
        + "when, a number for how many, a new name for who and where)";
  }

  @Override
  public Role role() {
    return Role.LEAD;
  }

  @Override
  public boolean passes(Question q, SentenceFacts s) {
    return s.shapeFound();
  }

  @Override
  public String reason(Question q, SentenceFacts s) {
    String wanted = switch (q.type()) {
      case WHEN -> "a date";
      case HOW_MANY -> "a number";
      case HOW_LONG -> "a length of time or distance";
      case WHO -> "a person or body the question does not already name";
      case WHERE -> "a place the question does not already name";
      default -> "what the question asks for";
    };
    return "The best-matching sentence has no " + wanted.replaceFirst("^an? ", "") + "; a "
        + q.type().label() + " question needs " + wanted + ".";
  }
}
