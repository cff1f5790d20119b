package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

  private static final String ZWSP = DiscordMarkdown.ZERO_WIDTH_SPACE;

  @Test
  void escape_everyMarkdownCharacter_isBackslashed() {
    assertEquals("\\\\ \\* \\_ \\~ \\| \\` \\> \\# \\- \\[ \\] \\( \\)",
        DiscordMarkdown.escape("\\ * _ ~ | ` > # - [ ] ( )"));
  }

  @Test
  void escape_maskedLink_cannotLink() {
    assertEquals("\\[click\\]\\(https://evil.example\\)",
        DiscordMarkdown.escape("[click](https://evil.example)"));
  }

  @Test
  void escape_terminalEscapesAndBidiOverrides_areDropped() {
    assertEquals("\\[31mRed\\] title.txt", DiscordMarkdown.escape("\u001B[31mRed\u001B] title\u202E.txt\u0007"));
  }

  @Test
  void escape_plainWords_areUnchanged() {
    assertEquals("On 23 April, Baku opened a checkpoint.",
        DiscordMarkdown.escape("On 23 April, Baku opened a checkpoint."));
  }

  @Test
  void escape_everyoneAndHere_getZeroWidthSpaceAfterAt() {
    assertEquals("hi @" + ZWSP + "everyone and @" + ZWSP + "HERE",
        DiscordMarkdown.escape("hi @everyone and @HERE"));
  }

  @Test
  void escape_userRoleAndChannelMentions_areBroken() {
    String out = DiscordMarkdown.escape("<@123> <@!456> <@&789> <#42>");
    assertEquals("<" + ZWSP + "@123\\> <" + ZWSP + "@!456\\> <" + ZWSP + "@&789\\> <\\#42\\>",
        out);
    assertFalse(out.contains("<@"));
    assertFalse(out.contains("<#"));
  }

  @Test
  void cutAtWord_longText_endsAtWordWithEllipsis() {
    String cut = DiscordMarkdown.cutAtWord("alpha beta gamma delta", 13);
    assertEquals("alpha beta…", cut);
    assertTrue(cut.length() <= 13);
  }

  @Test
  void cutAtWord_shortText_isUnchanged() {
    assertEquals("alpha", DiscordMarkdown.cutAtWord("alpha", 5));
  }

  @Test
  void cutAtWord_oneHugeWord_isCutWithinLimit() {
    String cut = DiscordMarkdown.cutAtWord("x".repeat(50), 10);
    assertEquals("x".repeat(9) + "…", cut);
  }

  @Test
  void cutAtWord_zeroMax_isRejectedWithValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DiscordMarkdown.cutAtWord("a", 0));
    assertEquals("illegal max: 0, must be at least 1", e.getMessage());
  }
}
