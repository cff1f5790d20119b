package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;

class TelegramConfigTest {

  static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq";

  @Test
  void from_validSettings_usesDefaults() {
    TelegramConfig c = TelegramConfig.from(Settings.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)));
    assertEquals("https://api.telegram.org", c.apiUrl().toString());
    assertEquals(443, c.telegramUrl().getPort());
    assertTrue(c.announceChat().isEmpty());
  }

  @Test
  void from_missingToken_saysWhatToSet() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> TelegramConfig.from(Settings.of(Map.of())));
    assertEquals("TELEGRAM_BOT_TOKEN is not set: set it (or TELEGRAM_BOT_TOKEN_FILE) to the token "
        + "@BotFather gave the bot", e.getMessage());
  }

  @Test
  void from_malformedToken_failsWithoutEchoingIt() {
    String bad = "123456:tooShortSecretValue";
    ConfigException e = assertThrows(ConfigException.class,
        () -> TelegramConfig.from(Settings.of(Map.of("TELEGRAM_BOT_TOKEN", bad))));
    assertTrue(e.getMessage().startsWith("TELEGRAM_BOT_TOKEN is malformed"), e.getMessage());
    assertFalse(e.getMessage().contains("tooShortSecretValue"), e.getMessage());
  }

  @Test
  void from_apiUrlWithPath_isRejected() {
    ConfigException e = assertThrows(ConfigException.class, () -> TelegramConfig.from(Settings.of(
        Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", "http://localhost:8081/bot"))));
    assertEquals("TELEGRAM_API_URL=http://localhost:8081/bot is not a Bot API base URL: expected "
        + "http(s)://host[:port] without a path, e.g. https://api.telegram.org", e.getMessage());
  }

  @Test
  void from_selfHostedApiAndAnnounceChat_areRead() {
    TelegramConfig c = TelegramConfig.from(Settings.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
        "TELEGRAM_API_URL", "http://127.0.0.1:8081", "TELEGRAM_ANNOUNCE_CHAT_ID", "-1001234567890")));
    assertEquals("127.0.0.1", c.telegramUrl().getHost());
    assertEquals(8081, c.telegramUrl().getPort());
    assertEquals("http", c.telegramUrl().getSchema());
    assertEquals("-1001234567890", c.announceChat().orElseThrow());
  }

  @Test
  void fileUrl_isOnTheConfiguredServer_withOrWithoutATrailingSlash() {
    for (String api : List.of("http://127.0.0.1:8081", "http://127.0.0.1:8081/")) {
      TelegramConfig c = TelegramConfig.from(Settings.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
          "TELEGRAM_API_URL", api)));
      assertEquals("http://127.0.0.1:8081/file/bot" + TOKEN + "/", c.fileUrl().toString(), api);
    }
    TelegramConfig standard = TelegramConfig.from(Settings.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)));
    assertEquals("https://api.telegram.org/file/bot" + TOKEN + "/documents/file_1.md",
        standard.fileUrl().newBuilder().addPathSegments("documents/file_1.md").build().toString());
  }

  @Test
  void toString_masksTheToken() {
    TelegramConfig c = TelegramConfig.from(Settings.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)));
    assertFalse(c.toString().contains("AAHdq"), c.toString());
  }

  @Test
  void tokenMask_removesTokensFromUrlsAndMessages() {
    TokenMask mask = new TokenMask(TOKEN);
    assertEquals("POST https://api.telegram.org/bot<token>/sendMessage failed",
        mask.mask("POST https://api.telegram.org/bot" + TOKEN + "/sendMessage failed"));
    assertEquals("other <token> here",
        mask.mask("other 987654321:ZZHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq here"));
  }
}
