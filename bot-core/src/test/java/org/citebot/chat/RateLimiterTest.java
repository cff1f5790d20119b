package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong now = new AtomicLong();
  private final RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(30), now::get);

  @Test
  void tryAcquire_beyondTheLimit_saysHowLongToWait() {
    assertTrue(limiter.tryAcquire("u").isEmpty());
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertTrue(limiter.tryAcquire("u").isEmpty());
    Duration wait = limiter.tryAcquire("u").orElseThrow();
    assertEquals(Duration.ofSeconds(20), wait);
    assertTrue(limiter.tryAcquire("other user").isEmpty());
  }

  @Test
  void tryAcquire_afterTheWindow_allowsAgain() {
    limiter.tryAcquire("u");
    limiter.tryAcquire("u");
    now.addAndGet(Duration.ofSeconds(30).toNanos());
    assertTrue(limiter.tryAcquire("u").isEmpty());
  }

  @Test
  void seconds_roundsUp() {
    assertEquals(1, RateLimiter.seconds(Duration.ofMillis(1)));
    assertEquals(3, RateLimiter.seconds(Duration.ofMillis(2001)));
  }

  @Test
  void constructor_badLimit_isRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RateLimiter(0, Duration.ofSeconds(1), now::get));
    assertEquals("illegal limit: 0, must be at least 1", e.getMessage());
  }
}
