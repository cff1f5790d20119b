package org.citebot.chat;

/**
 * Makes text safe to send to a chat: control characters other than newline and tab are dropped
 * (a carriage return becomes a newline), and the characters that reorder text (bidirectional
 * embeddings, overrides and isolates) are dropped too. Titles and quotes come from web pages and
 * questions from users; an escape sequence or a right-to-left override in them could garble a
 * client's display or make a link or a citation read as something else. Every adapter passes what
 * it sends through {@link #safe}; letters, marks and markup are never changed.
 */
public final class OutgoingText {

  private OutgoingText() {}

  /** The text without control and bidi-reordering characters; the same string when it has none. */
  public static String safe(String text) {
    if (text == null) {
      return null;
    }
    int first = 0;
    while (first < text.length() && !needsWork(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        // "\r\n" is one line break; a lone "\r" still separates lines.
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          out.append('\n');
        }
      } else if (!needsWork(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code c} is dropped (or, for '\r', turned into a newline). */
  static boolean needsWork(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return c < 0x20 // C0 controls, ESC included
        || (c >= 0x7F && c <= 0x9F) // DEL and C1 controls (CSI among them)
        || (c >= '\u202A' && c <= '\u202E') // LRE, RLE, PDF, LRO, RLO
        || (c >= '\u2066' && c <= '\u2069'); // LRI, RLI, FSI, PDI
  }
}
