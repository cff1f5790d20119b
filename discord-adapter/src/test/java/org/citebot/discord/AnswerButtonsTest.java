package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.citebot.chat.PendingAnswers;
import org.junit.jupiter.api.Test;

class AnswerButtonsTest {

  @Test
  void row_customIds_stayUnder100CharactersAndParseBack() {
    PendingAnswers recent = new PendingAnswers(10, Duration.ofHours(1), System::nanoTime);
    String key = "";
    for (int i = 0; i < 1000; i++) {
      key = recent.put(TinyCorpus.abstained("q" + i, List.of()), "q" + i,
          new org.citebot.chat.ButtonOwner("c", "u"));
    }
    ActionRow row = AnswerButtons.row(key, true);
    List<Button> buttons = row.getButtons();

    assertEquals(List.of("More sources", "", ""), buttons.stream().map(Button::getLabel).toList());
    for (Button b : buttons) {
      assertTrue(b.getCustomId().length() < 100, b.getCustomId());
      assertEquals(key, AnswerButtons.parse(b.getCustomId()).orElseThrow().key());
    }
    assertEquals(AnswerButtons.Action.DOWN, AnswerButtons.parse(buttons.get(2).getCustomId())
        .orElseThrow().action());
  }

  @Test
  void row_withoutMore_hasOnlyFeedback() {
    assertEquals(2, AnswerButtons.row("k", false).getButtons().size());
  }

  @Test
  void parse_foreignId_isEmpty() {
    assertEquals(Optional.empty(), AnswerButtons.parse("other-bot:more:1"));
    assertEquals(Optional.empty(), AnswerButtons.parse("citebot:delete:1"));
  }

  @Test
  void pendingAnswers_keepAtMostTheirMaximum() {
    PendingAnswers recent = new PendingAnswers(10, Duration.ofHours(1), System::nanoTime);
    for (int i = 0; i < 100; i++) {
      recent.put(TinyCorpus.abstained("q" + i, List.of()), "q" + i,
          new org.citebot.chat.ButtonOwner("c", "u"));
    }
    assertTrue(recent.size() <= 10, "size " + recent.size());
  }
}
