package org.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextHygieneTest {

  @Test
  void clean_removesControlCharactersButKeepsNewlineAndTab() {
    assertEquals("a\nb\tc d", TextHygiene.clean("a\nb\tc\u0000\u0007\u0008 \u007f\u0085d"));
  }

  @Test
  void clean_removesWholeEscapeSequences() {
    assertEquals("red plain", TextHygiene.clean("\u001b[31mred\u001b[0m plain"));
    assertEquals("title", TextHygiene.clean("\u001b]0;pwned\u0007title"));
    assertEquals("title", TextHygiene.clean("\u001b]8;;http://x\u001b\\title"));
    assertEquals("reset", TextHygiene.clean("\u001bcreset"));
    assertEquals("csi", TextHygiene.clean("\u009b2Jcsi"));
  }

  @Test
  void clean_unterminatedEscape_endsAtTheLineBreak() {
    assertEquals("\nnext line", TextHygiene.clean("\u001b]0;no end\nnext line"));
  }

  @Test
  void clean_neutralisesBidiOverridesAndIsolatesButKeepsMarks() {
    assertEquals("access level: user", TextHygiene.clean("access level: \u202euser\u202c"));
    assertEquals("ab", TextHygiene.clean("\u2066a\u2069b"));
    assertEquals("\u200fשלום", TextHygiene.clean("\u200fשלום"));
  }

  @Test
  void clean_loneCarriageReturn_becomesALineBreak() {
    assertEquals("safe\nhidden", TextHygiene.clean("safe\rhidden"));
    assertEquals("a\nb", TextHygiene.clean("a\r\nb"));
  }

  @Test
  void clean_cleanText_isReturnedAsIs() {
    String s = "Plain text, “quoted”, Erdoğan.\n\nSecond paragraph.";
    assertSame(s, TextHygiene.clean(s));
    assertFalse(TextHygiene.needsCleaning(s));
    assertTrue(TextHygiene.needsCleaning("x\u001by"));
    assertNull(TextHygiene.clean(null));
  }

  @Test
  void oneLine_turnsLineBreaksAndTabsIntoSpaces() {
    assertEquals("a b c", TextHygiene.oneLine("a\nb\tc\u001b[1m"));
    assertEquals("file.md", TextHygiene.oneLine("file.md"));
  }

  @Test
  void skippedAndSource_neverKeepRawControlCharacters() {
    assertEquals("evil.txt", new LoadReport.Skipped("evil\u001b\u001b[1m.txt", "x").file());
    Source s = new Source("id", "Title\u001b[2J here", "Out\u202elet", null, null, null, null);
    assertEquals("Title here", s.title());
    assertEquals("Outlet", s.outlet());
  }
}
