package org.citebot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timelines recently shown, by a short key for their page buttons; bounded in size and age like
 * {@link AnswerRegistry}, so that old buttons report that the timeline expired.
 */
final class TimelineRegistry {

  /** A timeline with no topic (the whole corpus) is stored under this marker. */
  private static final String WHOLE_CORPUS = "";

  private final Cache<String, String> topics;
  /** Differs per process so keys from before a restart never name a new timeline. */
  private final String bootPrefix;
  private final AtomicLong counter = new AtomicLong();

  /**
   * @param maxTimelines timelines kept (default 10,000), at least 1
   * @param maxAge how long a timeline stays reachable after its last use (default 2 days)
   * @param ticker Caffeine's time source, {@code Ticker.systemTicker()} outside tests
   */
  TimelineRegistry(int maxTimelines, Duration maxAge, Ticker ticker) {
    if (maxTimelines < 1) {
      throw new IllegalArgumentException(
          "illegal maxTimelines: " + maxTimelines + ", must be at least 1");
    }
    this.topics = Caffeine.newBuilder().maximumSize(maxTimelines).expireAfterAccess(maxAge)
        .ticker(ticker).build();
    this.bootPrefix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36), 36);
  }

  static TimelineRegistry withDefaults() {
    return new TimelineRegistry(10_000, Duration.ofDays(2), Ticker.systemTicker());
  }

  /** Stores a timeline's topic and returns its new key (lowercase letters and digits, short). */
  String put(Optional<String> topic) {
    Objects.requireNonNull(topic, "topic");
    String key = bootPrefix + "t" + Long.toString(counter.incrementAndGet(), 36);
    topics.put(key, topic.orElse(WHOLE_CORPUS));
    return key;
  }

  /** A stored timeline: its topic, or empty for the whole corpus. */
  record Shown(Optional<String> topic) {
    Shown {
      Objects.requireNonNull(topic, "topic");
    }
  }

  /** The timeline stored under the key; empty when the key is unknown or has expired. */
  Optional<Shown> get(String key) {
    return Optional.ofNullable(topics.getIfPresent(key))
        .map(t -> new Shown(t.isEmpty() ? Optional.empty() : Optional.of(t)));
  }
}
