package org.citebot.eval;

import java.util.Locale;

/** Shared rules of the evaluations: answer matching (case and white space folded) and rates. */
final class EvalText {
  private EvalText() {}

  /** {@code n / d}, or 0 when there is nothing to divide by. */
  static double rate(int n, int d) {
    return d == 0 ? 0 : (double) n / d;
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
