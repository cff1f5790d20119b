package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OutgoingThrottleTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final OutgoingThrottle throttle =
      new OutgoingThrottle(Duration.ofSeconds(1), Duration.ofMillis(34), now::get);

  @Test
  void reserve_sameChat_spacesMessagesOneSecondApart() {
    assertEquals(Duration.ZERO, throttle.reserve(1L));
    assertEquals(Duration.ofSeconds(1), throttle.reserve(1L));
    assertEquals(Duration.ofSeconds(2), throttle.reserve(1L));
  }

  @Test
  void reserve_differentChats_areSpacedOnlyByTheOverallLimit() {
    assertEquals(Duration.ZERO, throttle.reserve(1L));
    assertEquals(Duration.ofMillis(34), throttle.reserve(2L));
    assertEquals(Duration.ofMillis(68), throttle.reserve(null));
  }

  @Test
  void reserve_thirtyChatsAtOnce_takeAboutOneSecond() {
    Duration last = Duration.ZERO;
    for (long chat = 0; chat < 30; chat++) {
      last = throttle.reserve(chat);
    }
    assertEquals(Duration.ofMillis(29 * 34), last);
  }

  @Test
  void pause_holdsTheChatBackForRetryAfter() {
    throttle.reserve(1L);
    throttle.pause(1L, Duration.ofSeconds(5));
    assertEquals(Duration.ofSeconds(5), throttle.reserve(1L));
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertEquals(Duration.ZERO, throttle.reserve(1L));
  }
}
