package org.citebot.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes arbitrary text (quotes, titles, echoed questions) show literally in Discord: markdown is
 * escaped and mentions are broken, so no text can format, link or ping. Words are never changed;
 * only backslashes and invisible zero-width spaces are added.
 */
public final class DiscordMarkdown {

  /** Invisible; placed after '@' or '<' it stops Discord from reading a mention. */
  static final String ZERO_WIDTH_SPACE = "\u200B";

  public static final String ELLIPSIS = "…";

  /** Characters with meaning in Discord markdown, incl. headings, lists and masked links. */
  private static final String SPECIAL = "\\*_~|`>#-[]()";

  private static final Pattern MENTION =
      Pattern.compile("@(everyone|here)|<(@[!&]?|#|/|:|a:|t:)", Pattern.CASE_INSENSITIVE);

  private DiscordMarkdown() {}

  /** The text escaped for markdown and with mentions neutralised. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return neutraliseMentions(out.toString());
  }

  /** Breaks {@code @everyone}, {@code @here}, and user, role, channel and command mentions. */
  public static String neutraliseMentions(String text) {
    Matcher m = MENTION.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 8);
    while (m.find()) {
      String replacement = m.group(1) != null
          ? "@" + ZERO_WIDTH_SPACE + m.group(1)
          : "<" + ZERO_WIDTH_SPACE + m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The text if it fits, else its longest prefix ending at a word boundary that fits together
   * with an ellipsis. Meant for plain text; markup is cut before it is rendered (see
   * {@link DiscordAnswerRenderer}), so that no cut falls inside it.
   */
  public static String cutAtWord(String text, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("illegal max: " + max + ", must be at least 1");
    }
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, wordCut(text, max - ELLIPSIS.length())).stripTrailing() + ELLIPSIS;
  }

  /**
   * The largest index {@code <= limit} at which the text may be cut without splitting a word
   * (or, for one huge word, a surrogate pair).
   */
  static int wordCut(String text, int limit) {
    if (limit >= text.length()) {
      return text.length();
    }
    if (limit <= 0) {
      return 0;
    }
    for (int i = limit; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i)) || Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    // One word longer than the limit: cut it, but not between the halves of a surrogate pair.
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }
}
