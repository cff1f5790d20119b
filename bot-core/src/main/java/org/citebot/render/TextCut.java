package org.citebot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Cutting text to a character budget, the one way every platform does it: at a word end where
 * possible, never between the halves of a surrogate pair, marked with {@link #ELLIPSIS}. A cut
 * quote is always an exact prefix of the quote's text followed by the ellipsis.
 */
public final class TextCut {

  public static final String ELLIPSIS = "…";

  private TextCut() {}

  /**
   * The text if it fits, else its longest prefix ending at a word boundary that fits together
   * with an ellipsis. For plain text; markup is added after cutting, so no cut falls inside it.
   */
  public static String atWord(String text, int max) {
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
  public static int wordCut(String text, int limit) {
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

  /**
   * The first {@code max} characters and an ellipsis, cut anywhere (but not inside a surrogate
   * pair): for metadata such as titles and echoed questions, where a word end does not matter.
   */
  public static String shorten(String text, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("illegal max: " + max + ", must be at least 1");
    }
    if (text.length() <= max) {
      return text;
    }
    int cut = max;
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut) + ELLIPSIS;
  }

  /**
   * The longest prefix of {@code text} whose rendering fits {@code budget} characters, as its
   * end index: preferably at a word end, else (one enormous word) inside a word but never between
   * the halves of a surrogate pair. Rendering lengths are assumed to grow with the prefix, which
   * holds for markup that escapes character by character.
   *
   * @param render the rendered form of the prefix {@code [0, end)}, with its ellipsis
   * @return the end of the longest fitting prefix, shorter than the text; 0 when none fits
   */
  public static int longestFit(String text, int budget, IntFunction<String> render) {
    List<Integer> wordEnds = wordEnds(text);
    int lo = 0;
    int hi = wordEnds.size() - 1;
    int best = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (render.apply(wordEnds.get(mid)).length() <= budget) {
        best = wordEnds.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (best > 0) {
      return best;
    }
    int a = 1;
    int b = text.length() - 1;
    int cut = 0;
    while (a <= b) {
      int mid = (a + b) >>> 1;
      if (render.apply(mid).length() <= budget) {
        cut = mid;
        a = mid + 1;
      } else {
        b = mid - 1;
      }
    }
    if (cut > 1 && Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return cut;
  }

  /** Indexes just after each word that is followed by whitespace: the places to cut a quote. */
  private static List<Integer> wordEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
        ends.add(i);
      }
    }
    return ends;
  }
}
