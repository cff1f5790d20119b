package org.citebot.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citebot.dates.Precision;
import org.citebot.retrieval.PassageIndex;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.junit.jupiter.api.Test;

class TimelineServiceTest {

  private static TimelineService defaultTimeline() {
    return new TimelineService(DefaultCorpusFixture.index());
  }

  /** Whether some event on that day quotes a sentence containing every one of the words. */
  private static boolean hasEvent(List<TimelineEvent> events, LocalDate day, String... words) {
    return events.stream().anyMatch(e -> e.date().precision() == Precision.DAY
        && e.date().date().equals(day)
        && List.of(words).stream().allMatch(
            w -> e.text().toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT))));
  }

  @Test
  void events_defaultCorpus_includeTheKeyEventsOfTheCrisis() {
    List<TimelineEvent> events = defaultTimeline().events(Optional.empty());

    assertTrue(hasEvent(events, LocalDate.of(2020, 11, 9), "trilateral agreement")
        || hasEvent(events, LocalDate.of(2020, 11, 10), "trilateral statement"), "trilateral");
    assertTrue(hasEvent(events, LocalDate.of(2022, 12, 3), "first", "blocked"), "first blocking");
    assertTrue(hasEvent(events, LocalDate.of(2022, 12, 12), "blocked the Lachin Corridor"),
        "blockade");
    assertTrue(hasEvent(events, LocalDate.of(2022, 12, 13), "gas"), "gas cut");
    assertTrue(hasEvent(events, LocalDate.of(2023, 2, 22), "International Court of Justice"),
        "ICJ order");
    assertTrue(hasEvent(events, LocalDate.of(2023, 4, 23), "opened a checkpoint"), "checkpoint");
    assertTrue(hasEvent(events, LocalDate.of(2023, 5, 19), "Moscow"), "Moscow meeting");
  }

  @Test
  void events_defaultCorpus_noneIsDatedAfterTheArticleThatReportsIt() {
    List<TimelineEvent> events = defaultTimeline().events(Optional.empty());

    assertTrue(events.size() > 30, "events: " + events.size());
    for (TimelineEvent e : events) {
      LocalDate published = e.source().published();
      assertTrue(published == null || !e.date().date().isAfter(published),
          () -> e.label() + " after " + published + ": " + e.text());
    }
    assertFalse(events.stream().anyMatch(e -> e.text().contains("expires in November 2025")));
  }

  @Test
  void events_areSortedByDateThenSourceThenOffset_andQuoteExactSlices() {
    List<TimelineEvent> events = defaultTimeline().events(Optional.empty());

    List<TimelineEvent> sorted = new ArrayList<>(events);
    sorted.sort(TimelineEvent.CHRONOLOGICAL);
    assertEquals(sorted, events);
    for (TimelineEvent e : events) {
      assertEquals(e.article().text().substring(e.sentence().start(), e.sentence().end()),
          e.text());
      assertTrue(e.text().contains(e.expressionText()));
      assertEquals(e.text(), e.quote().text());
      assertEquals(e.label(), e.quote().dateLabel());
    }
  }

  @Test
  void events_undatedArticle_keepsOnlyDatesThatStateTheirYear() {
    List<TimelineEvent> undated = defaultTimeline().events(Optional.empty()).stream()
        .filter(e -> e.source().published() == null).toList();

    assertFalse(undated.isEmpty());
    assertTrue(undated.stream().noneMatch(e -> e.expressionText().contains("Thursday")
        || e.expressionText().equalsIgnoreCase("Earlier this month")));
    assertTrue(undated.stream().anyMatch(e -> e.label().equals("1991")));
  }

  @Test
  void events_citedReportDatesAndDatelines_areNotEvents() {
    List<TimelineEvent> events = defaultTimeline().events(Optional.empty());

    assertTrue(events.stream().noneMatch(e -> e.text().startsWith("Published ")));
    assertTrue(events.stream().noneMatch(e -> e.expressionText().equals("December 19, 2022")));
  }

  @Test
  void events_topic_keepsEventsWhoseSentenceHasTheTopicInAnyForm() {
    List<TimelineEvent> events = defaultTimeline().events(Optional.of("checkpoints"));

    assertFalse(events.isEmpty());
    assertTrue(events.stream().allMatch(
        e -> e.text().toLowerCase(Locale.ROOT).contains("checkpoint")), events::toString);
    assertTrue(hasEvent(events, LocalDate.of(2023, 4, 23), "opened a checkpoint"));
  }

  @Test
  void events_topicOfOnlyStopWords_matchesNothing_andBlankTopicMatchesAll() {
    TimelineService timeline = defaultTimeline();

    assertEquals(List.of(), timeline.events(Optional.of("the of and")));
    assertEquals(timeline.size(), timeline.events(Optional.of("   ")).size());
  }

  @Test
  void timeline_pages_coverAllEventsOnce_andClampPageNumbers() {
    TimelineService timeline = defaultTimeline();
    int total = timeline.size();

    TimelinePage first = timeline.timeline(Optional.empty(), 1, 10);
    List<TimelineEvent> all = new ArrayList<>();
    for (int p = 1; p <= first.pageCount(); p++) {
      all.addAll(timeline.timeline(Optional.empty(), p, 10).events());
    }

    assertEquals(total, first.total());
    assertEquals(timeline.events(Optional.empty()), all);
    assertFalse(first.hasPrevious());
    TimelinePage beyond = timeline.timeline(Optional.empty(), 999, 10);
    assertEquals(first.pageCount(), beyond.page());
    assertFalse(beyond.hasNext());
  }

  @Test
  void timeline_pageSizeOutOfRange_isRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> defaultTimeline().timeline(Optional.empty(), 1, 0));

    assertEquals("illegal pageSize 0, must be between 1 and 50", e.getMessage());
  }

  @Test
  void timeline_sentenceWithTwoDates_yieldsTwoEventsEachAnchoredToItsExpression() {
    String text = "Talks failed on Dec. 10, 2022 and the road was blocked on Dec. 12, 2022 by "
        + "activists.\n\nThe mandate expires in November 2025, officials said.";
    Article a = TextSegmenter.article(new Source("edm", "Lachin", "EDM", List.of(),
        LocalDate.of(2023, 1, 3), null, "en"), text, "edm.txt");
    PassageIndex index = PassageIndex.build(
        new Corpus(List.of(a), new LoadReport(1, List.of(), List.of()), "v", List.of()));

    List<TimelineEvent> events = new TimelineService(index).events(Optional.empty());

    assertEquals(List.of("Dec. 10, 2022", "Dec. 12, 2022"),
        events.stream().map(TimelineEvent::expressionText).toList());
    assertEquals(events.get(0).sentence(), events.get(1).sentence());
    assertEquals(List.of("10 December 2022", "12 December 2022"),
        events.stream().map(TimelineEvent::label).toList());
  }
}
