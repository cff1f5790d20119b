package org.citebot.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a timeline.
 *
 * @param topic the topic the events are about, or empty for the whole corpus
 * @param events this page's events, in chronological order
 * @param page the page number, from 1
 * @param pageSize the most events a page holds
 * @param total how many events the whole timeline (for this topic) has
 */
public record TimelinePage(Optional<String> topic, List<TimelineEvent> events, int page,
    int pageSize, int total) {

  public TimelinePage {
    Objects.requireNonNull(topic, "topic");
    events = List.copyOf(events);
    if (pageSize < 1) {
      throw new IllegalArgumentException("illegal pageSize " + pageSize + ", must be >= 1");
    }
    if (total < 0 || events.size() > pageSize || events.size() > total) {
      throw new IllegalArgumentException("illegal page: " + events.size()
          + " events with pageSize " + pageSize + " and total " + total
          + ", must satisfy 0 <= events <= min(pageSize, total)");
    }
    int pages = Math.max(1, (total + pageSize - 1) / pageSize);
    if (page < 1 || page > pages) {
      throw new IllegalArgumentException("illegal page " + page + ", must be between 1 and " + pages);
    }
  }

  /** How many pages the timeline has; at least 1, even when it is empty. */
  public int pageCount() {
    return Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pageCount();
  }

  /** The 1-based position in the whole timeline of this page's first event. */
  public int firstNumber() {
    return (page - 1) * pageSize + 1;
  }
}
