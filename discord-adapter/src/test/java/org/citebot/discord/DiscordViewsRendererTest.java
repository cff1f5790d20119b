package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.citebot.dates.ResolvedDate;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;
import org.citebot.timeline.Perspective;
import org.citebot.timeline.TimelineEvent;
import org.citebot.timeline.TimelinePage;
import org.junit.jupiter.api.Test;

class DiscordViewsRendererTest {

  private final DiscordViewsRenderer renderer = new DiscordViewsRenderer();
  private final Article crisis = TinyCorpus.crisisGroup();

  /** The event of the article's sentence anchored at the first occurrence of {@code expression}. */
  static TimelineEvent event(Article article, int sentence, String expression, LocalDate date) {
    TextSpan s = article.sentences().get(sentence);
    int at = article.text().indexOf(expression, s.start());
    return new TimelineEvent(article, s, new TextSpan(at, at + expression.length()),
        ResolvedDate.day(date));
  }

  private TimelineEvent checkpoint() {
    return event(crisis, 1, "23 April", LocalDate.of(2023, 4, 23));
  }

  @Test
  void timelinePage_showsDateHeadingThenBlockQuoteWithBoldDateAndCitationNumber() {
    TimelinePage page = new TimelinePage(Optional.of("checkpoint"), List.of(checkpoint()), 1, 5, 1);

    MessageEmbed embed = renderer.timelinePage(page, false);

    assertEquals("**23 April 2023**\n> On **23 April**, Baku opened a checkpoint on the Lachin "
        + "corridor, a highway traversing Azerbaijani territory that is the only road connecting "
        + "Armenia to the ethnic Armenian\\-populated sections of Nagorno\\-Karabakh. [1]",
        embed.getDescription());
    assertEquals("Timeline: checkpoint", embed.getTitle());
    assertEquals("[1] International Crisis Group, 22 May 2023", embed.getFields().get(0).getName());
    assertTrue(embed.getFields().get(0).getValue().contains(TinyCorpus.CRISIS_GROUP.url()));
    assertEquals("1 dated event", embed.getFooter().getText());
    assertNull(embed.getImage(), "no chart unless attached");
  }

  @Test
  void timelinePage_numbersCitationsPerPageAndSaysWhichEventsOfHowMany() {
    Article other = TinyCorpus.article(TinyCorpus.source("o", "Other", "OC Media", null),
        "On 12 December 2022, protesters blocked the road.");
    TimelineEvent blockade = event(other, 0, "12 December 2022", LocalDate.of(2022, 12, 12));
    TimelinePage page = new TimelinePage(Optional.empty(), List.of(blockade, checkpoint()), 2, 2, 5);

    MessageEmbed embed = renderer.timelinePage(page, true);

    String d = embed.getDescription();
    assertTrue(d.startsWith("**12 December 2022**\n> On **12 December 2022**, protesters"), d);
    assertTrue(d.contains("road. [1]\n\n**23 April 2023**\n> On **23 April**"), d);
    assertTrue(d.endsWith("Karabakh. [2]"), d);
    assertEquals(2, embed.getFields().size());
    assertEquals("Timeline of the articles", embed.getTitle());
    assertEquals("Events 3–4 of 5 · page 2 of 3", embed.getFooter().getText());
    assertEquals("attachment://timeline.png", embed.getImage().getUrl());
  }

  @Test
  void timelinePage_hugeQuotesAndLinks_keepEveryEventWithinDiscordLimits() {
    List<TimelineEvent> events = new ArrayList<>();
    for (int i = 0; i < DiscordViewsRenderer.PAGE_SIZE; i++) {
      Source s = new Source("s" + i, "T".repeat(2000) + i, "Outlet " + "O".repeat(400) + i,
          List.of(), LocalDate.of(2023, 5, 1), "https://example.org/" + "p".repeat(1500), "en");
      Article a = TinyCorpus.article(s, "On 1 May 2023 " + "word *bold* ".repeat(400) + "end.");
      events.add(event(a, 0, "1 May 2023", LocalDate.of(2023, 5, 1)));
    }
    TimelinePage page = new TimelinePage(Optional.of("x".repeat(500)), events, 1,
        DiscordViewsRenderer.PAGE_SIZE, 40);

    MessageEmbed embed = renderer.timelinePage(page, true);

    assertTrue(embed.isSendable(), "within Discord's limits, length " + embed.getLength());
    assertTrue(embed.getDescription().length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH);
    String[] blocks = embed.getDescription().split("\n\n");
    assertEquals(DiscordViewsRenderer.PAGE_SIZE, blocks.length, "no event dropped");
    for (int i = 0; i < blocks.length; i++) {
      assertTrue(blocks[i].startsWith("**1 May 2023**\n> On **1 May 2023** word \\*bold\\*"),
          blocks[i]);
      assertTrue(blocks[i].endsWith(DiscordMarkdown.ELLIPSIS + " [" + (i + 1) + "]"), blocks[i]);
    }
  }

  @Test
  void timelinePage_quoteWithMarkdownAndMentions_isEscapedAndPingsNoOne() {
    Article a = TinyCorpus.article(TinyCorpus.source("m", "M", "Outlet", null),
        "On 3 December 2022 @everyone saw *bold* <@&123> claims.");
    TimelinePage page = new TimelinePage(Optional.empty(),
        List.of(event(a, 0, "3 December 2022", LocalDate.of(2022, 12, 3))), 1, 5, 1);

    String d = renderer.timelinePage(page, false).getDescription();

    assertTrue(d.contains("@" + DiscordMarkdown.ZERO_WIDTH_SPACE + "everyone"), d);
    assertTrue(d.contains("\\*bold\\*"), d);
    assertFalse(d.contains("<@&123>"), d);
  }

  @Test
  void timelinePage_withoutEvents_isRefused() {
    TimelinePage empty = new TimelinePage(Optional.of("nothing"), List.of(), 1, 5, 0);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> renderer.timelinePage(empty, false));

    assertTrue(e.getMessage().contains("no events"), e.getMessage());
  }

  @Test
  void emptyTimeline_saysWhetherTheTopicOrTheCorpusHasNoEvents() {
    assertEquals("No dated events on that topic.",
        DiscordViewsRenderer.emptyTimeline(Optional.of("unicorns")));
    assertEquals("The articles mention no dated events.",
        DiscordViewsRenderer.emptyTimeline(Optional.empty()));
  }

  @Test
  void perspectives_labelEachQuoteWithOutletAndDate() {
    Article other = TinyCorpus.article(new Source("t", "TASS story", "TASS", List.of(),
            LocalDate.of(2023, 1, 3), "https://tass.com/1", "en"),
        "Russian peacekeepers escorted the convoy.");
    List<Perspective> found = List.of(
        new Perspective("TASS", TinyCorpus.quote(other, 0, "peacekeepers"), 2.0, 1),
        new Perspective("International Crisis Group", TinyCorpus.quote(crisis, 1, "checkpoint"), 1.0, 1));

    MessageEmbed embed = renderer.perspectives("peacekeepers", found);

    String d = embed.getDescription();
    assertTrue(d.startsWith("**TASS, 3 January 2023**\n> Russian **peacekeepers** escorted the "
        + "convoy. [1]\n\n**International Crisis Group, 22 May 2023**\n> On 23 April, Baku opened "
        + "a **checkpoint**"), d);
    assertEquals("Perspectives: peacekeepers", embed.getTitle());
    assertEquals("[2] International Crisis Group, 22 May 2023", embed.getFields().get(1).getName());
  }

  @Test
  void perspectives_manyOutlets_showsTheFirstEightAndSaysHowManyThereAre() {
    List<Perspective> found = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      Article a = TinyCorpus.article(TinyCorpus.source("s" + i, "T" + i, "Outlet " + i, null),
          "The peacekeepers stayed, says outlet " + i + ".");
      found.add(new Perspective("Outlet " + i, TinyCorpus.quote(a, 0, "peacekeepers"), 1, 1));
    }

    MessageEmbed embed = renderer.perspectives("peacekeepers", found);

    assertEquals(DiscordViewsRenderer.MAX_OUTLETS, embed.getDescription().split("\n\n").length);
    assertEquals(DiscordViewsRenderer.MAX_OUTLETS, embed.getFields().size());
    assertEquals("The best quote of 8 of 11 outlets", embed.getFooter().getText());
    assertTrue(embed.isSendable());
  }
}
