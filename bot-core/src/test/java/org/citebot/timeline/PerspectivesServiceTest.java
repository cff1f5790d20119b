package org.citebot.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerspectivesServiceTest {

  private final PerspectivesService perspectives =
      new PerspectivesService(DefaultCorpusFixture.index());

  @Test
  void perspectives_peacekeepers_quoteAtLeastFourOutlets_oncePerOutlet() {
    List<Perspective> result = perspectives.perspectives("peacekeepers");

    Set<String> outlets = new HashSet<>();
    result.forEach(p -> assertTrue(outlets.add(p.outlet()), "outlet twice: " + p.outlet()));
    assertTrue(outlets.size() >= 4, "outlets: " + outlets);
    for (Perspective p : result) {
      assertEquals(p.quote().source().outletOrTitle(), p.outlet());
      assertTrue(p.quote().text().toLowerCase(Locale.ROOT).contains("peacekeep"), p.quote().text());
      assertFalse(p.quote().highlights().isEmpty());
      assertTrue(p.label().startsWith(p.outlet()));
    }
  }

  @Test
  void perspectives_outletsSharingAName_giveOneQuote() {
    List<Perspective> result = perspectives.perspectives("peacekeepers");

    assertEquals(1, result.stream().filter(p -> p.outlet().equals(
        DefaultCorpusFixture.index().corpus().articles().get(0).source().outletOrTitle())).count());
  }

  @Test
  void perspectives_preferSentencesWithMoreOfTheTopic() {
    List<Perspective> result = perspectives.perspectives("peacekeepers checkpoint");

    assertFalse(result.isEmpty());
    assertEquals(2, result.get(0).coverage());
    for (int i = 1; i < result.size(); i++) {
      assertTrue(result.get(i - 1).coverage() >= result.get(i).coverage());
    }
  }

  @Test
  void perspectives_blankOrUnknownTopic_isEmpty() {
    assertEquals(List.of(), perspectives.perspectives("  "));
    assertEquals(List.of(), perspectives.perspectives(null));
    assertEquals(List.of(), perspectives.perspectives("zyxwvut"));
  }
}
