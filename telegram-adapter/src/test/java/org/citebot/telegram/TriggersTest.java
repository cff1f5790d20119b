package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TriggersTest {

  private final Triggers triggers = new Triggers("citebot_test_bot");

  private Trigger privately(String text) {
    return triggers.classify(new IncomingMessage("private", text, false, false, false));
  }

  private Trigger inGroup(String text, boolean replyToBot) {
    return triggers.classify(new IncomingMessage("supergroup", text, replyToBot, false, false));
  }

  @Test
  void privateChat_anyText_isAQuestion() {
    assertEquals(new Trigger.Ask("When was the checkpoint set up?"),
        privately("  When was the checkpoint set up? "));
  }

  @Test
  void privateChat_nonText_getsTextOnly() {
    assertInstanceOf(Trigger.NotText.class, privately(null));
  }

  @Test
  void commands_areRecognised() {
    assertInstanceOf(Trigger.Start.class, privately("/start"));
    assertInstanceOf(Trigger.Help.class, privately("/help"));
    assertInstanceOf(Trigger.Sources.class, privately("/sources"));
    assertEquals(new Trigger.SourceDetails("crisis"), privately("/source crisis"));
    assertEquals(new Trigger.Ask("who?"), privately("/ask who?"));
    assertInstanceOf(Trigger.HowToAsk.class, privately("/ask"));
    assertInstanceOf(Trigger.Help.class, privately("/unknown"));
  }

  @Test
  void group_askCommandAddressedToThisBot_isAQuestion() {
    assertEquals(new Trigger.Ask("When was the checkpoint set up?"),
        inGroup("/ask@CiteBot_Test_Bot When was the checkpoint set up?", false));
  }

  @Test
  void group_commandForAnotherBot_isIgnored() {
    assertInstanceOf(Trigger.Ignore.class, inGroup("/ask@other_bot what?", false));
  }

  @Test
  void group_plainMessage_isIgnored() {
    assertInstanceOf(Trigger.Ignore.class, inGroup("when was the checkpoint set up?", false));
    assertInstanceOf(Trigger.Ignore.class, inGroup("/unknown", false));
    assertInstanceOf(Trigger.Ignore.class, inGroup(null, false));
  }

  @Test
  void group_mention_isAQuestionWithoutTheMention() {
    assertEquals(new Trigger.Ask("when was the checkpoint set up?"),
        inGroup("@citebot_test_bot, when was the checkpoint set up?", false));
    assertEquals(new Trigger.Ask("when was it set up, please"),
        inGroup("when was it set up, @citebot_test_bot please", false));
    assertInstanceOf(Trigger.Ignore.class, inGroup("ask @citebot_test_bot_fan instead", false));
  }

  @Test
  void group_replyToTheBot_isAQuestion() {
    assertEquals(new Trigger.Ask("and who opened it?"), inGroup("and who opened it?", true));
  }

  @Test
  void messagesFromBotsAndAutomaticForwards_areIgnored() {
    assertInstanceOf(Trigger.Ignore.class,
        triggers.classify(new IncomingMessage("private", "hi", false, true, false)));
    assertInstanceOf(Trigger.Ignore.class,
        triggers.classify(new IncomingMessage("supergroup", "@citebot_test_bot news", false, false,
            true)));
    assertInstanceOf(Trigger.Ignore.class,
        triggers.classify(new IncomingMessage("channel", "@citebot_test_bot q", false, false, false)));
  }

  @Test
  void constructor_rejectsMalformedUsername() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Triggers("bad name"));
    assertEquals("illegal bot username: 'bad name', must be 1 to 64 letters, digits or underscores",
        e.getMessage());
  }
}
