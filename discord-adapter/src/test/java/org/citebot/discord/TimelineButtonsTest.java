package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import org.citebot.timeline.TimelinePage;
import org.citebot.chat.ButtonKeys;
import org.citebot.chat.ButtonOwner;
import org.citebot.chat.ButtonTargets;
import org.junit.jupiter.api.Test;

class TimelineButtonsTest {

  private static List<Button> buttons(TimelinePage page) {
    return TimelineButtons.row("zz9", page).getButtons();
  }

  @Test
  void row_onFirstPage_disablesBackAndLeadsForwardToPageTwo() {
    List<Button> b = buttons(new TimelinePage(Optional.empty(), List.of(), 1, 5, 12));

    assertTrue(b.get(0).isDisabled());
    assertEquals("1 / 3", b.get(1).getLabel());
    assertTrue(b.get(1).isDisabled(), "the page number is not a button to press");
    assertFalse(b.get(2).isDisabled());
    assertEquals(Optional.of(new TimelineButtons.Click("zz9", 2)),
        TimelineButtons.parse(b.get(2).getCustomId()));
  }

  @Test
  void row_onLastPage_leadsBackAndDisablesForward() {
    List<Button> b = buttons(new TimelinePage(Optional.empty(), List.of(), 3, 5, 12));

    assertEquals(Optional.of(new TimelineButtons.Click("zz9", 2)),
        TimelineButtons.parse(b.get(0).getCustomId()));
    assertTrue(b.get(2).isDisabled());
  }

  @Test
  void ids_areUniqueWithinTheRowAndWellUnderDiscordsLimit() {
    String longestKey = Long.toString(Long.MAX_VALUE, Character.MAX_RADIX);
    List<Button> b = TimelineButtons.row(longestKey,
        new TimelinePage(Optional.of("t"), List.of(), 2, 1, 3)).getButtons();

    assertEquals(3, b.stream().map(Button::getCustomId).distinct().count());
    b.forEach(x -> assertTrue(x.getCustomId().length() < 100, x.getCustomId()));
    assertEquals(Optional.of(new TimelineButtons.Click(longestKey, 3)),
        TimelineButtons.parse(b.get(2).getCustomId()));
  }

  @Test
  void parse_rejectsOtherButtonsAndTheirPageLabel() {
    assertEquals(Optional.empty(), TimelineButtons.parse("citebot:up:abc"));
    assertEquals(Optional.empty(), TimelineButtons.parse("citebot:tl:abc:page"));
    assertEquals(Optional.empty(), TimelineButtons.parse("citebot:tl:ABC:1"));
    assertEquals(Optional.empty(), AnswerButtons.parse(TimelineButtons.id("abc", 2)),
        "the answer buttons do not claim timeline ids");
  }

  @Test
  void recentTimelines_keepsAtMostItsBoundAndForgetsTheOldest() {
    ButtonTargets<ShownTimeline> recent = new ButtonTargets<>(new ButtonKeys('t'), 2,
        Duration.ofHours(1), System::nanoTime);
    ButtonOwner owner = new ButtonOwner("c", "u");
    String first = recent.put(owner, new ShownTimeline(Optional.of("a"), true));
    recent.put(owner, new ShownTimeline(Optional.empty(), false));
    String third = recent.put(owner, new ShownTimeline(Optional.of("c"), false));

    assertTrue(recent.size() <= 2);
    assertEquals(new ButtonTargets.Found<>(new ShownTimeline(Optional.of("c"), false)),
        recent.find(third, owner));
    assertEquals(Optional.of(TimelineButtons.id(first, 3)).map(TimelineButtons::parse)
        .orElseThrow().orElseThrow().key(), first, "a full-length key parses back");
  }
}
