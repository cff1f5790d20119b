package org.citebot.telegram;

import org.citebot.chat.OutgoingText;

/**
 * Escaping for Telegram's HTML parse mode, which recognises only {@code &lt;}, {@code &gt;},
 * {@code &amp;} and {@code &quot;} as named entities. Everything taken from users or articles goes
 * through here before it is placed between tags.
 */
final class Html {

  private Html() {}

  /**
   * Escapes text for use between tags, without control or bidi-reordering characters
   * ({@link OutgoingText}).
   */
  static String text(String raw) {
    String s = OutgoingText.safe(raw);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes text for use inside a double-quoted attribute value. */
  static String attribute(String s) {
    return text(s).replace("\"", "&quot;");
  }

  /** Longer URLs are not linked, so that a citation always fits well inside one message. */
  static final int MAX_LINK_LENGTH = 600;

  /** Whether a URL is safe to place in {@code href}: only web links of sane length are linked. */
  static boolean isWebLink(String url) {
    if (url == null || url.length() > MAX_LINK_LENGTH) {
      return false;
    }
    String u = url.strip().toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://");
  }
}
