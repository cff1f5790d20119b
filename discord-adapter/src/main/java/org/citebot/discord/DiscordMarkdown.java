package org.citebot.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.chat.OutgoingText;
import org.citebot.render.TextCut;

/**
 * Makes arbitrary text (quotes, titles, echoed questions) show literally in Discord: markdown is
 * escaped, mentions are broken, and control and bidi-reordering characters are dropped
 * ({@link OutgoingText}), so no text can format, link, ping or garble the display. Words are never
 * changed; only backslashes and invisible zero-width spaces are added.
 */
public final class DiscordMarkdown {

  /** Invisible; placed after '@' or '<' it stops Discord from reading a mention. */
  static final String ZERO_WIDTH_SPACE = "\u200B";

  public static final String ELLIPSIS = TextCut.ELLIPSIS;

  /** Characters with meaning in Discord markdown, incl. headings, lists and masked links. */
  private static final String SPECIAL = "\\*_~|`>#-[]()";

  private static final Pattern MENTION =
      Pattern.compile("@(everyone|here)|<(@[!&]?|#|/|:|a:|t:)", Pattern.CASE_INSENSITIVE);

  private DiscordMarkdown() {}

  /** The text escaped for markdown and with mentions neutralised. */
  public static String escape(String raw) {
    String text = OutgoingText.safe(raw);
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

  /** The text cut at a word to {@code max} characters with an ellipsis: {@link TextCut#atWord}. */
  public static String cutAtWord(String text, int max) {
    return TextCut.atWord(text, max);
  }

  /** Where the text may be cut at or before {@code limit}: {@link TextCut#wordCut}. */
  static int wordCut(String text, int limit) {
    return TextCut.wordCut(text, limit);
  }
}
