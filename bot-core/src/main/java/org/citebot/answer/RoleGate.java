package org.citebot.answer;

import java.util.EnumSet;
import java.util.Set;

/**
 * "Who is the President of Armenia?" is not answered by a passage that names a president of
 * somewhere else: where the quote names the role asked for, one of its sentences must name it
 * beside its holder ("Armenian President", "President of Armenia"). A passage that does not name
 * the role is left to the other gates, since it may name it in other words.
 */
final class RoleGate implements AnswerGate.OnExcerpt {

  @Override
  public String name() {
    return "role";
  }

  @Override
  public String requirement() {
    return "for who holds a role of something: a quote that names the role names it beside that "
        + "holder";
  }

  @Override
  public boolean passes(Question q, Excerpt e) {
    RoleQuestion r = q.roleAsked();
    if (r == null) {
      return true;
    }
    Set<RoleQuestion.Tie> ties = EnumSet.noneOf(RoleQuestion.Tie.class);
    for (Candidate m : e.members()) {
      ties.add(r.tie(m.sentence().text()));
    }
    return ties.contains(RoleQuestion.Tie.TIED) || !ties.contains(RoleQuestion.Tie.UNTIED);
  }

  @Override
  public String reason(Question q, Excerpt e) {
    RoleQuestion r = q.roleAsked();
    return "The best-matching passage names a " + String.join(" ", r.role()) + " of someone or "
        + "something other than " + String.join(" ", r.holder()) + ".";
  }
}
