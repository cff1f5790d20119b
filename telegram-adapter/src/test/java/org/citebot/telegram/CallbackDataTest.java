package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.citebot.chat.PendingAnswers;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

  @Test
  void encode_roundTripsAndFitsTelegramsLimit() {
    String key = new PendingAnswers(10, Duration.ofHours(1), System::nanoTime)
        .put(Fixtures.abstained("q", List.of()), "q", new org.citebot.chat.ButtonOwner("1", "2"));
    for (CallbackData.Action action : CallbackData.Action.values()) {
      CallbackData data = new CallbackData(action, key);
      String encoded = data.encode();
      assertTrue(encoded.getBytes(StandardCharsets.UTF_8).length <= 64, encoded);
      assertEquals(Optional.of(data), CallbackData.parse(encoded));
    }
  }

  @Test
  void parse_foreignData_isEmpty() {
    assertEquals(Optional.empty(), CallbackData.parse(null));
    assertEquals(Optional.empty(), CallbackData.parse("x:abc"));
    assertEquals(Optional.empty(), CallbackData.parse("u:ABC"));
    assertEquals(Optional.empty(), CallbackData.parse("u:"));
  }
}
