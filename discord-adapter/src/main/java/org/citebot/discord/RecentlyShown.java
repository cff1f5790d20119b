package org.citebot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Things recently shown with buttons, by a short key that fits in a button's custom id (Discord
 * allows 100 characters). Bounded in size and age, so that buttons on old messages stop working
 * instead of memory growing; Caffeine stays behind this class.
 *
 * @param <V> what a button refers back to
 */
class RecentlyShown<V> {

  private final Cache<String, V> cache;
  private final AtomicLong sequence = new AtomicLong();

  /**
   * @param maximumSize entries kept (e.g. 10,000), at least 1
   * @param maximumAge how long their buttons keep working (e.g. 24 h)
   */
  RecentlyShown(int maximumSize, Duration maximumAge) {
    if (maximumSize < 1) {
      throw new IllegalArgumentException(
          "illegal maximumSize: " + maximumSize + ", must be at least 1");
    }
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).build();
  }

  /** Remembers a value and returns its key: a few base-36 characters. */
  String remember(V value) {
    String key = Long.toString(sequence.incrementAndGet(), Character.MAX_RADIX);
    cache.put(key, value);
    return key;
  }

  Optional<V> find(String key) {
    return Optional.ofNullable(cache.getIfPresent(key));
  }

  /** Applies pending evictions, for tests that check the bound. */
  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
