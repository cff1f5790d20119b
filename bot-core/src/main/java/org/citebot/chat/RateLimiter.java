package org.citebot.chat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A per-user sliding-window limit: at most {@code limit} questions in any {@code window}. Thread
 * safe.
 */
public final class RateLimiter {

  private final int limit;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Deque<Long>> recent = new ConcurrentHashMap<>();

  /**
   * @param limit questions allowed per window (default 5), at least 1
   * @param window the window length (default 30 s), positive
   * @param nanoTime the clock, {@code System::nanoTime} outside tests
   */
  public RateLimiter(int limit, Duration window, LongSupplier nanoTime) {
    if (limit < 1) {
      throw new IllegalArgumentException("illegal limit: " + limit + ", must be at least 1");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("illegal window: " + window + ", must be positive");
    }
    this.limit = limit;
    this.windowNanos = window.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * Records a question by {@code user} if allowed.
   *
   * @return empty when allowed; otherwise how long the user must wait
   */
  public Optional<Duration> tryAcquire(String user) {
    long now = nanoTime.getAsLong();
    Deque<Long> times = recent.computeIfAbsent(user, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
        times.pollFirst();
      }
      if (times.size() < limit) {
        times.addLast(now);
        return Optional.empty();
      }
      long wait = windowNanos - (now - times.peekFirst());
      return Optional.of(Duration.ofNanos(Math.max(wait, 1)));
    }
  }

  /** Whole seconds to tell a user, rounded up, at least 1. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
