package org.citebot.answer;

/**
 * A negated question ("Which town was not rebuilt?") is not answered by a quote that only
 * affirms ("The town was rebuilt in 1950"): one of its sentences must deny something. On SQuAD
 * this abstains on 183 more of the 3,168 unanswerable questions, many of which turn an
 * answerable one round with a "not", for 7 more false abstentions in 2,910.
 */
final class DenialGate implements AnswerGate.OnExcerpt {

  @Override
  public String name() {
    return "denial";
  }

  @Override
  public String requirement() {
    return "for a negated question: a sentence of the quote denies something";
  }

  @Override
  public boolean passes(Question q, Excerpt e) {
    if (!q.negated()) {
      return true;
    }
    for (Candidate m : e.members()) {
      if (AnswerShapes.denies(m.sentence().text())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String reason(Question q, Excerpt e) {
    return "The question asks about something that did not happen, and the best-matching "
        + "passage denies nothing.";
  }
}
