package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViewTriggersTest {

  private final Triggers triggers = new Triggers("citebot_test_bot");

  private static IncomingMessage privateText(String text) {
    return new IncomingMessage("private", text, false, false, false);
  }

  private static IncomingMessage groupText(String text) {
    return new IncomingMessage("supergroup", text, false, false, false);
  }

  @Test
  void timeline_withAndWithoutTopic() {
    assertEquals(new Trigger.Timeline("checkpoint"), triggers.classify(privateText("/timeline checkpoint")));
    assertEquals(new Trigger.Timeline(""), triggers.classify(privateText("/timeline")));
  }

  @Test
  void perspectives_inAGroupAddressedToTheBot_dropsTheMention() {
    assertEquals(new Trigger.Perspectives("peacekeepers"), triggers.classify(
        groupText("/perspectives@citebot_test_bot @citebot_test_bot peacekeepers")));
    assertEquals(new Trigger.Ignore("command for another bot"),
        triggers.classify(groupText("/perspectives@other_bot peacekeepers")));
  }
}
