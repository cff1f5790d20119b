package org.citebot.eval;

import java.util.Locale;

/** The answer-matching rule of the evaluations: lower case, white space folded, trimmed. */
final class EvalText {
  private EvalText() {}

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
