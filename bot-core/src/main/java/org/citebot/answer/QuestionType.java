package org.citebot.answer;

import java.util.Locale;

/** The kind of answer a question asks for; it steers which sentences count as an answer. */
public enum QuestionType {
  WHEN("when"),
  WHO("who"),
  WHERE("where"),
  HOW_MANY("how many"),
  HOW_LONG("how long"),
  WHAT("what"),
  WHY("why"),
  HOW("how"),
  YES_NO("yes/no");

  private final String label;

  QuestionType(String label) {
    this.label = label;
  }

  /** The label used in JSON output and evaluation files, e.g. "how many". */
  public String label() {
    return label;
  }

  public static QuestionType fromLabel(String label) {
    String l = label.toLowerCase(Locale.ROOT).trim();
    for (QuestionType t : values()) {
      if (t.label.equals(l)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown question type: '" + label + "', must be one of when, who, where, how many, "
            + "how long, what, why, how, yes/no");
  }
}
