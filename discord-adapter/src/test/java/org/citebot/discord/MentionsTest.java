package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void questionFor_guildMessageMentioningBot_isTheRestOfTheMessage() {
    assertEquals(Optional.of("When was the checkpoint set up?"),
        Mentions.questionFor("<@42> When was the checkpoint set up?", "42", false));
  }

  @Test
  void questionFor_nicknameMentionInTheMiddle_isStripped() {
    assertEquals(Optional.of("hey when was it?"),
        Mentions.questionFor("hey <@!42> when was it?", "42", false));
  }

  @Test
  void questionFor_guildMessageWithoutMention_isIgnored() {
    assertEquals(Optional.empty(), Mentions.questionFor("<@43> when?", "42", false));
  }

  @Test
  void questionFor_onlyTheMention_isBlankSoTheUserGetsHelp() {
    assertEquals(Optional.of(""), Mentions.questionFor("  <@42>  ", "42", false));
  }

  @Test
  void questionFor_directMessageWithoutMention_isTheWholeMessage() {
    assertEquals(Optional.of("who is the prime minister?"),
        Mentions.questionFor("who is the prime minister?", "42", true));
  }
}
