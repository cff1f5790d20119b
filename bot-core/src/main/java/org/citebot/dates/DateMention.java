package org.citebot.dates;

import java.util.Objects;
import org.citebot.text.TextSpan;

/**
 * A date expression found in a text.
 *
 * @param span where it is, relative to the text searched
 * @param text the expression exactly as written ({@code span} of the searched text)
 * @param kind what role it plays
 * @param expression what it says, ready for {@link DateResolver}
 */
public record DateMention(TextSpan span, String text, Kind kind, DateExpression expression) {

  /** The role of a date expression in its sentence. */
  public enum Kind {
    /** A point or period in time at which something happened or will happen. */
    DATE,
    /** A length of time ("two years"): extracted, but not an event date. */
    DURATION,
    /**
     * The date of a cited source in a parenthetical reference ("(see EDM, December 19, 2022)"):
     * when a report appeared, not when the sentence's event happened.
     */
    CITATION
  }

  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expression, "expression");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text '" + text + "' has length " + text.length()
          + " but span " + span + " has length " + span.length());
    }
    if ((kind == Kind.DURATION) != (expression instanceof DateExpression.Length)) {
      throw new IllegalArgumentException(
          "kind " + kind + " does not fit expression " + expression + " for '" + text + "'");
    }
  }

  public DateMention shift(int offset) {
    return new DateMention(span.shift(offset), text, kind, expression);
  }
}
