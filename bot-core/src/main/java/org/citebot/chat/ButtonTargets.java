package org.citebot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What recently shown messages' buttons refer back to, by a short key from {@link ButtonKeys}.
 * Bounded in size and age, so that buttons on old messages report that they expired instead of
 * memory growing without limit. Caffeine stays behind this class. Thread-safe.
 *
 * @param <V> what a button refers back to
 */
public final class ButtonTargets<V> {

  private final Cache<String, V> targets;
  private final ButtonKeys keys;

  /**
   * @param keys where keys come from
   * @param maximumSize entries kept (e.g. 10,000), at least 1
   * @param maximumAge how long an entry stays reachable after it was last stored or found
   * @param nanoTime the time source, {@code System::nanoTime} outside tests
   */
  public ButtonTargets(ButtonKeys keys, int maximumSize, Duration maximumAge,
      LongSupplier nanoTime) {
    this.keys = Objects.requireNonNull(keys, "keys");
    if (maximumSize < 1) {
      throw new IllegalArgumentException(
          "illegal maximumSize: " + maximumSize + ", must be at least 1");
    }
    if (maximumAge.isNegative() || maximumAge.isZero()) {
      throw new IllegalArgumentException(
          "illegal maximumAge: " + maximumAge + ", must be positive");
    }
    Ticker ticker = nanoTime::getAsLong;
    this.targets = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(maximumAge)
        .ticker(ticker).build();
  }

  /** Stores a value and returns its new key. */
  public String put(V value) {
    Objects.requireNonNull(value, "value");
    String key = keys.next();
    targets.put(key, value);
    return key;
  }

  /** The value stored under the key; empty when the key is unknown or has expired. */
  public Optional<V> find(String key) {
    return Optional.ofNullable(targets.getIfPresent(key));
  }

  /** Entries held after pending evictions are applied, for tests that check the bound. */
  public long size() {
    targets.cleanUp();
    return targets.estimatedSize();
  }
}
