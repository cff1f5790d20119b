package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citebot.dates.ResolvedDate;
import org.citebot.text.Article;
import org.citebot.text.TextSpan;
import org.citebot.timeline.Perspective;
import org.citebot.timeline.TimelineEvent;
import org.citebot.timeline.TimelinePage;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class TelegramViewsRendererTest {

  private final TelegramViewsRenderer renderer =
      new TelegramViewsRenderer(new TelegramHtmlRenderer(), TelegramViewsRenderer.PAGE_SIZE);

  /** The event of the sentence anchored at its first {@code expression}. */
  static TimelineEvent event(Article a, String sentence, String expression, LocalDate date) {
    int s = a.text().indexOf(sentence);
    int at = a.text().indexOf(expression, s);
    return new TimelineEvent(a, new TextSpan(s, s + sentence.length()),
        new TextSpan(at, at + expression.length()), ResolvedDate.day(date));
  }

  private static TimelineEvent checkpoint() {
    return event(Fixtures.CRISIS, Fixtures.CHECKPOINT_SENTENCE, "23 April", LocalDate.of(2023, 4, 23));
  }

  @Test
  void timelinePage_datesEachEventAndQuotesItWithTheDateExpressionInBold() {
    TimelinePage page = new TimelinePage(Optional.of("checkpoint"), List.of(checkpoint()), 1, 5, 1);

    String html = renderer.timelinePage(page);

    assertTrue(html.startsWith("<b>Timeline: checkpoint</b>\n<i>1 dated event</i>\n\n"
        + "📅 <b>23 April 2023</b>\n<blockquote>On <b>23 April</b>, Baku opened a checkpoint"), html);
    assertTrue(html.contains("Nagorno-Karabakh.</blockquote>\n[1]\n\n[1] Crisis Group, 30 May 2023 — "
        + "<a href=\"https://example.org/report?a=1&amp;b=&quot;2&quot;\">"
        + "Nagorno-Karabakh: the corridor &amp; the checkpoint</a>"), html);
    TelegramHtmlRendererTest.assertWellFormed(html);
  }

  @Test
  void timelinePage_saysWhichEventsOfHowManyAndNumbersSourcesInOrder() {
    Article other = Fixtures.article("o", "Other", "OC Media", LocalDate.of(2023, 1, 3), null,
        "On 12 December 2022, protesters blocked the road.");
    TimelineEvent blockade = event(other, "On 12 December 2022, protesters blocked the road.",
        "12 December 2022", LocalDate.of(2022, 12, 12));
    TimelinePage page = new TimelinePage(Optional.empty(), List.of(blockade, checkpoint()), 2, 2, 5);

    String html = renderer.timelinePage(page);

    assertTrue(html.startsWith("<b>Timeline of the articles</b>\n<i>Events 3–4 of 5 · page 2 of 3</i>"),
        html);
    assertTrue(html.contains("road.</blockquote>\n[1]"), html);
    assertTrue(html.contains("Karabakh.</blockquote>\n[2]"), html);
    assertTrue(html.contains("\n[1] OC Media, 3 January 2023 — Other\n[2] Crisis Group"), html);
  }

  @Test
  void timelinePage_hugeQuotesAndTitles_fitOneMessageWithEveryEventShortenedAtAWord() {
    List<TimelineEvent> events = new ArrayList<>();
    for (int i = 0; i < TelegramViewsRenderer.PAGE_SIZE; i++) {
      String sentence = "On 1 May 2023 " + "a <b> & c ".repeat(300) + "end.";
      Article a = Fixtures.article("s" + i, "T&".repeat(400), "Outlet <" + i + ">",
          LocalDate.of(2023, 5, 2), "https://example.org/" + "p".repeat(590), sentence);
      events.add(event(a, sentence, "1 May 2023", LocalDate.of(2023, 5, 1)));
    }
    TimelinePage page = new TimelinePage(Optional.of("<&>".repeat(200)), events, 1,
        TelegramViewsRenderer.PAGE_SIZE, 12);

    String html = renderer.timelinePage(page);

    assertTrue(html.length() <= MessagePacker.TELEGRAM_LIMIT, "length " + html.length());
    TelegramHtmlRendererTest.assertWellFormed(html);
    assertEquals(TelegramViewsRenderer.PAGE_SIZE, html.split("<blockquote>", -1).length - 1);
    assertEquals(TelegramViewsRenderer.PAGE_SIZE, html.split("…</blockquote>", -1).length - 1,
        "each quote shortened, marked with an ellipsis");
    assertFalse(html.contains("<b> &"), "article text is escaped: " + html.substring(0, 300));
  }

  @Test
  void timelinePage_withMoreEventsThanAPage_isRefused() {
    TelegramViewsRenderer small = new TelegramViewsRenderer(new TelegramHtmlRenderer(), 1);
    TimelinePage page = new TimelinePage(Optional.empty(), List.of(checkpoint(), checkpoint()), 1, 2, 2);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> small.timelinePage(page));

    assertEquals("page of 2 events, must hold at most 1", e.getMessage());
  }

  @Test
  void constructor_pageTooLargeForTheLimit_isRefusedNamingTheRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TelegramViewsRenderer(new TelegramHtmlRenderer(1000), 4));

    assertEquals("illegal pageSize 4 for a message limit of 1000, must be between 1 and 3",
        e.getMessage());
  }

  @Test
  void emptyTimelineAndCaption_areShortPlainTexts() {
    assertEquals("No dated events on that topic.",
        TelegramViewsRenderer.emptyTimeline(Optional.of("unicorns")));
    assertEquals("The articles mention no dated events.",
        TelegramViewsRenderer.emptyTimeline(Optional.of("  ")));
    assertEquals("Timeline: checkpoint: 7 dated events",
        TelegramViewsRenderer.chartCaption(Optional.of("checkpoint"), 7));
    assertTrue(TelegramViewsRenderer.chartCaption(Optional.of("x".repeat(5000)), 1).length()
        <= TelegramViewsRenderer.CAPTION_MAX);
  }

  @Test
  void keyboard_offersOnlyThePagesThereAreWithinTelegramsCallbackLimit() {
    InlineKeyboardMarkup first = TelegramViewsCommands.keyboard("abcx1",
        new TimelinePage(Optional.empty(), List.of(), 1, 5, 12));
    InlineKeyboardMarkup middle = TelegramViewsCommands.keyboard("abcx1",
        new TimelinePage(Optional.empty(), List.of(), 2, 5, 12));

    List<InlineKeyboardButton> f = first.getKeyboard().get(0);
    assertEquals(1, f.size());
    assertEquals("2 ▶", f.get(0).getText());
    assertEquals(Optional.of(new TimelinePageData("abcx1", 2)),
        TimelinePageData.parse(f.get(0).getCallbackData()));
    List<InlineKeyboardButton> m = middle.getKeyboard().get(0);
    assertEquals(List.of("◀ 1", "3 ▶"), m.stream().map(InlineKeyboardButton::getText).toList());
    assertEquals(null, TelegramViewsCommands.keyboard("k",
        new TimelinePage(Optional.empty(), List.of(), 1, 5, 5)), "no buttons for one page");
  }

  @Test
  void timelinePageData_fitsSixtyFourBytesAndIsNeverMistakenForAnswerButtons() {
    String data = new TimelinePageData("z".repeat(20), 999_999).encode();

    assertTrue(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64, data);
    assertEquals(Optional.empty(), CallbackData.parse(data));
    assertTrue(TelegramViewsCommands.handles(data));
    assertFalse(TelegramViewsCommands.handles(new CallbackData(CallbackData.Action.UP, "k1").encode()));
    assertEquals(Optional.empty(), TimelinePageData.parse("tl:k1:0"));
    assertEquals(Optional.empty(), TimelinePageData.parse("tl:K1:2"));
  }

  @Test
  void perspectives_oneBlockquotePerOutletUnderBoldOutletAndDate() {
    Article tass = Fixtures.article("t", "TASS <story>", "TASS", LocalDate.of(2023, 1, 3),
        "https://tass.com/1", "Russian peacekeepers escorted the convoy.");
    List<Perspective> found = List.of(
        new Perspective("TASS", Fixtures.quote(tass, "Russian peacekeepers escorted the convoy.",
            null, "peacekeepers"), 2, 1),
        new Perspective("A report without a link", Fixtures.quote(Fixtures.NO_LINK,
            "Peacekeepers watched the road.", null, "Peacekeepers"), 1, 1));

    List<String> messages = renderer.perspectives("peacekeepers", found);

    assertEquals(1, messages.size());
    String html = messages.get(0);
    assertTrue(html.startsWith("<b>Perspectives: peacekeepers</b>\n<i>The best quote of each outlet (2)</i>"
        + "\n\n<b>TASS</b>, 3 January 2023\n<blockquote>Russian <b>peacekeepers</b> escorted the "
        + "convoy.</blockquote>\n— <a href=\"https://tass.com/1\">TASS &lt;story&gt;</a>\n\n"
        + "<b>A report without a link</b>\n<blockquote><b>Peacekeepers</b> watched the road."
        + "</blockquote>\n— A report without a link"), html);
    TelegramHtmlRendererTest.assertWellFormed(html);
  }

  @Test
  void perspectives_none_saysSo() {
    assertEquals(List.of("No quotes on that topic."), renderer.perspectives("zeppelins", List.of()));
  }
}
