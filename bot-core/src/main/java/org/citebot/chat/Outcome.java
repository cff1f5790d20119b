package org.citebot.chat;

import java.util.Arrays;
import java.util.List;
import org.citebot.answer.Answer;

/**
 * What became of a question, as every platform counts and logs it. The tag is the value of the
 * {@code outcome} metric tag and of log fields, so dashboards keep working across platforms.
 */
public enum Outcome {
  ANSWERED("answered"),
  ABSTAINED("abstained"),
  RATE_LIMITED("rate_limited"),
  ERROR("error");

  private final String tag;

  Outcome(String tag) {
    this.tag = tag;
  }

  /** The metric tag and log value, e.g. "rate_limited". */
  public String tag() {
    return tag;
  }

  /** Answered or abstained: what the core made of a question it could answer. */
  public static Outcome of(Answer answer) {
    return answer.answered() ? ANSWERED : ABSTAINED;
  }

  /**
   * The outcome with this tag.
   *
   * @throws IllegalArgumentException naming the tag and the allowed ones
   */
  public static Outcome ofTag(String tag) {
    for (Outcome o : values()) {
      if (o.tag.equals(tag)) {
        return o;
      }
    }
    throw new IllegalArgumentException("illegal outcome: " + tag + ", must be one of " + tags());
  }

  /** Every tag, in declaration order. */
  public static List<String> tags() {
    return Arrays.stream(values()).map(Outcome::tag).toList();
  }

  @Override
  public String toString() {
    return tag;
  }
}
