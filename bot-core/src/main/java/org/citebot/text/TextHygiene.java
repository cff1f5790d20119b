package org.citebot.text;

/**
 * The one place where text from outside (article files, fetched pages, questions, file names)
 * loses the characters that are never content: C0 and C1 control characters other than newline
 * and tab (terminal escape sequences start with one), DEL, and the Unicode bidirectional
 * overrides, embeddings and isolates, which can make a line read in another order than it is
 * stored ("Trojan Source").
 *
 * <p>A terminal escape sequence goes as a whole, its printable parameters with it ("ESC [31m"
 * leaves nothing, not "[31m").
 *
 * <p>Ingestion runs {@link #clean} before the text becomes an article's canonical text, so every
 * quote stays an exact slice of the cleaned text. Bidi marks that carry no override (LRM, RLM,
 * ALM) are kept: right-to-left text needs them and they cannot reorder what follows.
 */
public final class TextHygiene {

  private static final char ESC = '\u001b';
  private static final char CSI = '\u009b';

  private TextHygiene() {}

  /**
   * {@code text} without control characters other than {@code \n} and {@code \t} and without
   * bidi overrides, embeddings and isolates; a carriage return is kept only as part of
   * {@code \r\n} or turned into {@code \n}, so line structure survives. Null stays null.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnsafe(text, true);
    if (first < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    sb.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        // A lone CR moves a terminal's cursor back over what was printed; as a line break it
        // is still a line break.
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          sb.append('\n');
        }
        continue;
      }
      if (c == ESC || c == CSI) {
        i = escapeEnd(text, i) - 1;
      } else if (!isUnsafe(c, true)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * {@code text} fit for one line of a terminal or a log: as {@link #clean}, and newlines and
   * tabs become spaces too. Null stays null.
   */
  public static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    if (firstUnsafe(text, false) < 0) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r') {
        sb.append(' ');
      } else if (c == ESC || c == CSI) {
        i = escapeEnd(text, i) - 1;
      } else if (!isUnsafe(c, false)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether {@code text} holds a character {@link #clean} removes. */
  public static boolean needsCleaning(String text) {
    return text != null && firstUnsafe(text, true) >= 0;
  }

  /**
   * Where the terminal escape sequence starting at {@code start} ends (exclusive): its
   * parameters are printable ("ESC [ 3 1 m"), so removing the ESC alone would leave "[31m" in
   * the text. CSI sequences run to their final byte (0x40..0x7E), OSC, DCS and the other string
   * sequences to BEL or ST, any other escape is ESC and one character. An unterminated sequence
   * ends at the end of the line, so that a stray ESC never swallows the rest of an article.
   */
  private static int escapeEnd(String text, int start) {
    int n = text.length();
    int i = start + 1;
    char kind;
    if (text.charAt(start) == CSI) {
      kind = '[';
    } else if (i >= n) {
      return n;
    } else {
      kind = text.charAt(i++);
    }
    if (kind == '[') {
      while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3f) {
        i++;
      }
      while (i < n && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) {
        i++;
      }
      return i < n && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7e ? i + 1 : i;
    }
    if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
      for (int j = i; j < n; j++) {
        char c = text.charAt(j);
        if (c == '\u0007' || c == '\u009c') {
          return j + 1;
        }
        if (c == ESC && j + 1 < n && text.charAt(j + 1) == '\\') {
          return j + 2;
        }
        if (c == '\n') {
          return j;
        }
      }
      return n;
    }
    // A two-character escape ("ESC c" resets the terminal); a control character or a line
    // break after the ESC is not part of it.
    return kind >= 0x20 && kind < 0x7f ? i : i - 1;
  }

  private static int firstUnsafe(String text, boolean keepLines) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i), keepLines)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUnsafe(char c, boolean keepLines) {
    if (c == '\n' || c == '\t') {
      return !keepLines;
    }
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
  }

  /** LRE, RLE, PDF, LRO, RLO (U+202A..U+202E) and LRI, RLI, FSI, PDI (U+2066..U+2069). */
  private static boolean isBidiControl(char c) {
    return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }
}
