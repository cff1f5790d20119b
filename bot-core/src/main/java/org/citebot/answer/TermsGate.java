package org.citebot.answer;

/** Some word of the question must occur in the articles, or there is nothing to quote. */
final class TermsGate implements AnswerGate.OnQuestion {

  static final String NAME = "terms";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String requirement() {
    return "a word of the question occurs in the articles";
  }

  @Override
  public boolean passes(Question q) {
    for (int[] alternatives : q.terms().conceptIds()) {
      for (int id : alternatives) {
        if (id >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String reason(Question q) {
    return q.hasNoTerms() ? "The question has no words to search the articles for."
        : "None of the question's words occurs in the articles.";
  }
}
