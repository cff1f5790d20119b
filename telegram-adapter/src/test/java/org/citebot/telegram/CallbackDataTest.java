package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

  @Test
  void encode_roundTripsAndFitsTelegramsLimit() {
    String key = AnswerRegistry.withDefaults().put(Fixtures.abstained("q", java.util.List.of()));
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
