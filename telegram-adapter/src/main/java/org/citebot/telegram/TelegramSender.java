package org.citebot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends Bot API requests within Telegram's limits: paced by an {@link OutgoingThrottle}, and on an
 * HTTP 429 reply it waits the {@code retry_after} seconds Telegram names and tries again, a bounded
 * number of times.
 */
final class TelegramSender {

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  private final TelegramClient client;
  private final OutgoingThrottle throttle;
  private final Sleeper sleeper;
  private final int maxAttempts;
  private final Duration maxRetryAfter;
  private final TokenMask mask;

  /**
   * @param maxAttempts tries per request including the first (default 3), at least 1
   * @param maxRetryAfter the longest retry_after honoured (default 60 s); a longer one fails the
   *     request rather than holding a worker thread
   */
  TelegramSender(TelegramClient client, OutgoingThrottle throttle, Sleeper sleeper, int maxAttempts,
      Duration maxRetryAfter, TokenMask mask) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("illegal maxAttempts: " + maxAttempts + ", must be at least 1");
    }
    this.client = client;
    this.throttle = throttle;
    this.sleeper = sleeper;
    this.maxAttempts = maxAttempts;
    this.maxRetryAfter = maxRetryAfter;
    this.mask = mask;
  }

  /**
   * Executes a request.
   *
   * @param chatId the chat the request posts in, or null (inline and callback answers)
   */
  <T extends Serializable> T execute(Long chatId, BotApiMethod<T> method)
      throws TelegramApiException, InterruptedException {
    return send(chatId, method.getMethod(), () -> client.execute(method));
  }

  /**
   * Sends a photo (a multipart upload), paced and retried like {@link #execute}. The request is
   * built afresh for each attempt, because an upload reads its stream only once.
   */
  Message sendPhoto(Long chatId, Supplier<SendPhoto> photo)
      throws TelegramApiException, InterruptedException {
    return send(chatId, SendPhoto.PATH, () -> client.execute(photo.get()));
  }

  /** One Bot API call; separate from its method object because uploads are not BotApiMethods. */
  private interface Call<T> {
    T run() throws TelegramApiException;
  }

  private <T> T send(Long chatId, String methodName, Call<T> call)
      throws TelegramApiException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      sleeper.sleep(throttle.reserve(chatId));
      try {
        return call.run();
      } catch (TelegramApiRequestException e) {
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (retryAfter == null || attempt >= maxAttempts
            || Duration.ofSeconds(retryAfter).compareTo(maxRetryAfter) > 0) {
          throw e;
        }
        log.warn("Telegram asked to slow down: method={} chat={} retry_after={}s attempt={}/{}",
            methodName, chatId, retryAfter, attempt, maxAttempts);
        throttle.pause(chatId, Duration.ofSeconds(Math.max(1, retryAfter)));
      }
    }
  }

  /** Like {@link #execute} but logs failures (masked) instead of throwing; for best-effort calls. */
  <T extends Serializable> boolean tryExecute(Long chatId, BotApiMethod<T> method) {
    try {
      execute(chatId, method);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (TelegramApiException | RuntimeException e) {
      log.warn("Telegram request failed: method={} chat={} cause={}", method.getMethod(), chatId,
          mask.describe(e));
      return false;
    }
  }
}
