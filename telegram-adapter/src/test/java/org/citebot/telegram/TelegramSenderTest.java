package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TelegramSenderTest {

  private final AtomicLong now = new AtomicLong();
  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper fakeSleeper = d -> {
    sleeps.add(d);
    now.addAndGet(d.toNanos());
  };
  private final TelegramClient client = mock(TelegramClient.class);
  private final TelegramSender sender = new TelegramSender(client,
      new OutgoingThrottle(Duration.ofSeconds(1), Duration.ofMillis(34), now::get), fakeSleeper, 3,
      Duration.ofSeconds(60), new TokenMask("123:abc"));
  private final SendMessage message = new SendMessage("42", "hi");

  static TelegramApiRequestException tooManyRequests(int retryAfter) {
    return new TelegramApiRequestException("Error sending message", ApiResponse.<Message>builder()
        .ok(false).errorCode(429).errorDescription("Too Many Requests: retry after " + retryAfter)
        .parameters(new ResponseParameters(null, retryAfter)).build());
  }

  @Test
  void execute_on429_waitsRetryAfterThenSucceeds() throws Exception {
    Message sent = new Message();
    doThrow(tooManyRequests(7)).doReturn(sent).when(client).execute(any(SendMessage.class));

    assertSame(sent, sender.execute(42L, message));

    verify(client, times(2)).execute(any(SendMessage.class));
    Duration waited = sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    assertTrue(waited.compareTo(Duration.ofSeconds(7)) >= 0, "waited only " + waited);
    assertTrue(waited.compareTo(Duration.ofSeconds(9)) < 0, "waited too long: " + waited);
  }

  @Test
  void execute_repeated429_givesUpAfterMaxAttempts() throws Exception {
    doThrow(tooManyRequests(1)).when(client).execute(any(SendMessage.class));

    TelegramApiRequestException e =
        assertThrows(TelegramApiRequestException.class, () -> sender.execute(42L, message));

    assertEquals(429, e.getErrorCode());
    verify(client, times(3)).execute(any(SendMessage.class));
  }

  @Test
  void execute_retryAfterLongerThanAllowed_failsAtOnce() throws Exception {
    doThrow(tooManyRequests(3600)).when(client).execute(any(SendMessage.class));

    assertThrows(TelegramApiRequestException.class, () -> sender.execute(42L, message));

    verify(client, times(1)).execute(any(SendMessage.class));
  }

  @Test
  void execute_otherErrors_areNotRetried() throws Exception {
    doThrow(new TelegramApiRequestException("Error sending message", ApiResponse.<Message>builder()
        .ok(false).errorCode(400).errorDescription("Bad Request: can't parse entities").build()))
        .when(client).execute(any(SendMessage.class));

    assertThrows(TelegramApiRequestException.class, () -> sender.execute(42L, message));

    verify(client, times(1)).execute(any(SendMessage.class));
  }

  @Test
  void execute_twoMessagesToOneChat_areSpacedBySecond() throws Exception {
    doReturn(new Message()).when(client).execute(any(SendMessage.class));

    sender.execute(42L, message);
    sender.execute(42L, message);

    assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(1)), sleeps);
  }

  @Test
  void sendPhoto_on429_retriesWithAFreshRequestSoTheUploadIsReadAgain() throws Exception {
    Message sent = new Message();
    doThrow(tooManyRequests(1)).doReturn(sent).when(client)
        .execute(any(org.telegram.telegrambots.meta.api.methods.send.SendPhoto.class));
    List<org.telegram.telegrambots.meta.api.methods.send.SendPhoto> built = new ArrayList<>();

    Message result = sender.sendPhoto(42L, () -> {
      var photo = org.telegram.telegrambots.meta.api.methods.send.SendPhoto.builder().chatId(42L)
          .photo(new org.telegram.telegrambots.meta.api.objects.InputFile(
              new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "timeline.png"))
          .build();
      built.add(photo);
      return photo;
    });

    assertSame(sent, result);
    assertEquals(2, built.size(), "one request per attempt");
    assertTrue(built.get(0) != built.get(1));
  }
}
