package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class OutgoingTextTest {

  @Test
  void safe_plainTextWithNewlinesTabsAndLetters_isReturnedAsItIs() {
    String text = "Line one\n\tLine two: Erdoğan, «quote», עברית, 日本語 — done.";

    assertSame(text, OutgoingText.safe(text));
  }

  @Test
  void safe_terminalEscapeSequence_losesItsEscapeCharacters() {
    assertEquals("[31mRed title[0m", OutgoingText.safe("\u001B[31mRed title\u001B[0m"));
    assertEquals("bell and null gone", OutgoingText.safe("bell\u0007 and null\u0000 gone"));
    assertEquals("C1 CSI gone", OutgoingText.safe("C1\u009B CSI gone\u007F"));
  }

  @Test
  void safe_bidiOverridesAndIsolates_areDropped() {
    assertEquals("evil.exe.txt", OutgoingText.safe("evil\u202E.exe\u202C.txt"));
    assertEquals("abc", OutgoingText.safe("\u2066a\u2067b\u2068c\u2069"));
    assertEquals("abcde", OutgoingText.safe("a\u202Ab\u202Bc\u202Dd\u202Ee"));
  }

  @Test
  void safe_carriageReturns_becomeLineBreaks() {
    assertEquals("a\nb\nc", OutgoingText.safe("a\r\nb\rc"));
    assertEquals("a\n", OutgoingText.safe("a\r"));
  }

  @Test
  void safe_null_isNull() {
    assertEquals(null, OutgoingText.safe(null));
  }
}
