package org.citebot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timelines recently shown, by a short key for their page buttons, like {@link RecentAnswers}:
 * bounded in size and age, so that old buttons stop working instead of memory growing.
 */
final class RecentTimelines {

  /**
   * A shown timeline.
   *
   * @param topic its topic, or empty for the whole corpus
   * @param chart whether its message carries the chart, so later pages can show it too
   */
  record Entry(Optional<String> topic, boolean chart) {
    Entry {
      Objects.requireNonNull(topic, "topic");
    }
  }

  private final Cache<String, Entry> cache;
  private final AtomicLong sequence = new AtomicLong();

  /**
   * @param maximumSize timelines kept (e.g. 10,000), at least 1
   * @param maximumAge how long their buttons keep working (e.g. 24 h)
   */
  RecentTimelines(int maximumSize, Duration maximumAge) {
    if (maximumSize < 1) {
      throw new IllegalArgumentException(
          "illegal maximumSize: " + maximumSize + ", must be at least 1");
    }
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).build();
  }

  /** Remembers a timeline and returns its key: a few base-36 characters. */
  String remember(Entry entry) {
    String key = Long.toString(sequence.incrementAndGet(), Character.MAX_RADIX);
    cache.put(key, entry);
    return key;
  }

  Optional<Entry> find(String key) {
    return Optional.ofNullable(cache.getIfPresent(key));
  }

  /** Applies pending evictions, for tests that check the bound. */
  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
