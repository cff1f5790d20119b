package org.citebot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.citebot.answer.Answer;

/**
 * Answers recently shown, by a short key that fits in a button's custom id (Discord allows 100
 * characters; an answer id or question does not fit). Bounded in size and age, so buttons on
 * old answers stop working rather than memory growing; Caffeine stays behind this class.
 */
final class RecentAnswers {

  /** The answer and the question exactly as the user typed it (for the feedback log). */
  record Entry(Answer answer, String question) {}

  private final Cache<String, Entry> cache;
  private final AtomicLong sequence = new AtomicLong();

  /**
   * @param maximumSize answers kept (e.g. 10,000)
   * @param maximumAge how long an answer's buttons keep working (e.g. 24 h)
   */
  RecentAnswers(int maximumSize, Duration maximumAge) {
    if (maximumSize < 1) {
      throw new IllegalArgumentException(
          "illegal maximumSize: " + maximumSize + ", must be at least 1");
    }
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).build();
  }

  /** Remembers an answer and returns its key: a few base-36 characters. */
  String remember(Answer answer, String question) {
    String key = Long.toString(sequence.incrementAndGet(), Character.MAX_RADIX);
    cache.put(key, new Entry(answer, question));
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
