package org.citebot.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Paces outgoing requests to Telegram's limits: about one message per second in a chat and 30
 * per second overall. Each request reserves the next free slot and is told how long to wait for
 * it, so waiting requests leave in order. After a 429 reply, {@link #pause} pushes the slots back by
 * the {@code retry_after} Telegram asked for. Thread safe.
 */
final class OutgoingThrottle {

  /** Chats not written to for this long are forgotten, so the map stays small. */
  private static final int PRUNE_AT = 10_000;

  private final long perChatNanos;
  private final long globalNanos;
  private final LongSupplier nanoTime;
  private final Map<Long, Long> chatNext = new HashMap<>();
  private long globalNext;

  /**
   * @param perChat spacing between messages to one chat (default 1 s), not negative
   * @param global spacing between any two requests (default 1/30 s), not negative
   * @param nanoTime the clock, {@code System::nanoTime} outside tests
   */
  OutgoingThrottle(Duration perChat, Duration global, LongSupplier nanoTime) {
    if (perChat.isNegative() || global.isNegative()) {
      throw new IllegalArgumentException("illegal spacing: perChat " + perChat + ", global " + global
          + ", must not be negative");
    }
    this.perChatNanos = perChat.toNanos();
    this.globalNanos = global.toNanos();
    this.nanoTime = nanoTime;
    this.globalNext = nanoTime.getAsLong();
  }

  static OutgoingThrottle telegramDefaults() {
    return new OutgoingThrottle(Duration.ofSeconds(1), Duration.ofMillis(34), System::nanoTime);
  }

  /**
   * Reserves the next slot for a request.
   *
   * @param chatId the chat written to, or null for requests that post in no chat (answering an
   *     inline or callback query), which count only against the overall limit
   * @return how long to wait before sending; zero when the slot is now
   */
  synchronized Duration reserve(Long chatId) {
    long now = nanoTime.getAsLong();
    long at = Math.max(now, globalNext);
    if (chatId != null) {
      at = Math.max(at, chatNext.getOrDefault(chatId, now));
      chatNext.put(chatId, at + perChatNanos);
      if (chatNext.size() > PRUNE_AT) {
        chatNext.values().removeIf(next -> next < now);
      }
    }
    globalNext = at + globalNanos;
    return Duration.ofNanos(at - now);
  }

  /** Holds back the chat's next slots (or all slots, for a null chat) for {@code wait}. */
  synchronized void pause(Long chatId, Duration wait) {
    long until = nanoTime.getAsLong() + wait.toNanos();
    if (chatId == null) {
      globalNext = Math.max(globalNext, until);
    } else {
      chatNext.merge(chatId, until, Math::max);
    }
  }
}
