package org.citebot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What recently shown messages' buttons refer back to, by a random key from {@link ButtonKeys},
 * and whom those buttons belong to. Bounded in size and age, so that buttons on old messages
 * report that they expired instead of memory growing without limit. Caffeine stays behind this
 * class. Thread-safe.
 *
 * @param <V> what a button refers back to
 */
public final class ButtonTargets<V> {

  /** What a pressed button finds. */
  public sealed interface Lookup<V> permits Found, NotYours, Expired {}

  /** The button belongs to the presser: here is what it refers to. */
  public record Found<V>(V value) implements Lookup<V> {
    public Found {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The button belongs to someone else (another user, or the same user in another chat). Carries
   * nothing of the target, so that no caller can show it by mistake.
   */
  public record NotYours<V>() implements Lookup<V> {}

  /** The key is unknown: expired, evicted, from before a restart, or never made. */
  public record Expired<V>() implements Lookup<V> {}

  private record Entry<V>(ButtonOwner owner, V value) {}

  private final Cache<String, Entry<V>> targets;
  private final ButtonKeys keys;

  /**
   * @param keys where keys come from
   * @param maximumSize entries kept (e.g. 10,000), at least 1
   * @param maximumAge how long an entry stays reachable after it was stored; using a button does
   *     not extend it
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
    this.targets = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge)
        .ticker(ticker).build();
  }

  /** Stores a value for the buttons of a message shown to {@code owner}; returns its new key. */
  public String put(ButtonOwner owner, V value) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(value, "value");
    String key = keys.next();
    targets.put(key, new Entry<>(owner, value));
    return key;
  }

  /** What the key refers to, if it is known and {@code presser} owns it. */
  public Lookup<V> find(String key, ButtonOwner presser) {
    Objects.requireNonNull(presser, "presser");
    Entry<V> entry = key == null ? null : targets.getIfPresent(key);
    if (entry == null) {
      return new Expired<>();
    }
    return entry.owner().equals(presser) ? new Found<>(entry.value()) : new NotYours<>();
  }

  /** Entries held after pending evictions are applied, for tests that check the bound. */
  public long size() {
    targets.cleanUp();
    return targets.estimatedSize();
  }
}
