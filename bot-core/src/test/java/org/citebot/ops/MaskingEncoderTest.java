package org.citebot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MaskingEncoderTest {

  static final String TOKEN = "123456:AAH-secret-token-value-xyz";

  private final LoggerContext context =
      (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();

  @AfterEach
  void forget() {
    SecretMask.clear();
  }

  @Test
  void encode_text_masksRegisteredSecretInMessageAndThrowable() {
    SecretMask.register(TOKEN);
    MaskingEncoder e = encoder("text");

    String line = encode(e, "GET https://api.telegram.org/bot" + TOKEN + "/getMe failed",
        new IllegalStateException("bot" + TOKEN));

    assertFalse(line.contains(TOKEN), line);
    assertTrue(line.contains("https://api.telegram.org/bot****/getMe failed"), line);
    assertTrue(line.contains("IllegalStateException: bot****"), line);
  }

  @Test
  void encode_json_writesOneObjectPerLineWithMaskedMessage() throws Exception {
    SecretMask.register(TOKEN);
    MaskingEncoder e = encoder("json");

    String line = encode(e, "token is " + TOKEN, null);

    assertEquals(1, line.strip().lines().count());
    JsonNode json = new ObjectMapper().readTree(line);
    assertEquals("token is ****", json.get("formattedMessage").asText());
    assertEquals("INFO", json.get("level").asText());
    assertEquals("test.logger", json.get("loggerName").asText());
  }

  @Test
  void register_shortOrBlankValues_areIgnoredSoWordsSurvive() {
    SecretMask.register("abc");
    SecretMask.register("  ");

    assertEquals("abc def", SecretMask.mask("abc def"));
  }

  private MaskingEncoder encoder(String format) {
    MaskingEncoder e = new MaskingEncoder();
    e.setContext(context);
    e.setFormat(format);
    e.start();
    return e;
  }

  private String encode(MaskingEncoder e, String message, Throwable t) {
    LoggingEvent event = new LoggingEvent("x", context.getLogger("test.logger"), Level.INFO,
        message, t, null);
    return new String(e.encode(event), StandardCharsets.UTF_8);
  }
}
