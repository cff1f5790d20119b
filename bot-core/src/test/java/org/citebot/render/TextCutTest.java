package org.citebot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCutTest {

  private static final String QUOTE = "Baku opened a checkpoint on the Lachin corridor in April.";

  @Test
  void atWord_fittingText_isUnchanged() {
    assertEquals(QUOTE, TextCut.atWord(QUOTE, QUOTE.length()));
  }

  @Test
  void atWord_longText_endsAtAWordWithAnEllipsisWithinMax() {
    String cut = TextCut.atWord(QUOTE, 20);

    assertEquals("Baku opened a…", cut);
    assertTrue(cut.length() <= 20);
  }

  @Test
  void atWord_zeroMax_isRejectedWithTheValue() {
    assertEquals("illegal max: 0, must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> TextCut.atWord(QUOTE, 0)).getMessage());
  }

  @Test
  void shorten_cutsAnywhereButNeverInsideASurrogatePair() {
    String emoji = "ab\uD83D\uDE00cd";

    assertEquals("ab…", TextCut.shorten(emoji, 3));
    assertEquals("ab\uD83D\uDE00…", TextCut.shorten(emoji, 4));
  }

  @Test
  void longestFit_isTheLongestWordPrefixWhoseRenderingFits() {
    // Rendering doubles the text, as heavy escaping might, plus an ellipsis.
    int end = TextCut.longestFit(QUOTE, 50, e -> QUOTE.substring(0, e).repeat(2) + "…");

    String prefix = QUOTE.substring(0, end);
    assertEquals("Baku opened a checkpoint", prefix);
    assertTrue((prefix.repeat(2) + "…").length() <= 50);
    assertTrue(QUOTE.startsWith(prefix), "a cut quote stays an exact prefix");
  }

  @Test
  void longestFit_oneHugeWord_cutsInsideItButNotInsideASurrogatePair() {
    String word = "x".repeat(9) + "\uD83D\uDE00" + "y".repeat(9);

    int end = TextCut.longestFit(word, 11, e -> word.substring(0, e) + "…");

    assertEquals(9, end, "the pair at 9..10 is not split");
    assertTrue(!Character.isHighSurrogate(word.charAt(end - 1)));
  }

  @Test
  void longestFit_nothingFits_isZero() {
    assertEquals(0, TextCut.longestFit(QUOTE, 3, e -> "> " + QUOTE.substring(0, e) + "…"));
  }
}
