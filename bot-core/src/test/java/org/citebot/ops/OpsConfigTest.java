package org.citebot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpsConfigTest {

  @Test
  void from_emptySettings_usesDocumentedDefaults() {
    OpsConfig c = OpsConfig.from(Settings.of(Map.of()));

    assertEquals(Path.of("./data"), c.dataDir());
    assertNull(c.corpusDir());
    assertEquals("127.0.0.1", c.http().getHostString());
    assertEquals(8080, c.http().getPort());
    assertEquals(LogFormat.TEXT, c.logFormat());
    assertEquals("INFO", c.logLevel());
    assertEquals(5, c.rateLimit());
    assertEquals(Duration.ofSeconds(30), c.rateWindow());
    assertEquals(10_000, c.cacheSize());
    assertEquals(Duration.ofSeconds(8), c.shutdownTimeout());
    assertEquals(org.citebot.answer.Matching.SEMANTIC, c.matching());
  }

  @Test
  void from_lexicalMatching_isApplied() {
    assertEquals(org.citebot.answer.Matching.LEXICAL,
        OpsConfig.from(Settings.of(Map.of("CITEBOT_MATCHING", "lexical"))).matching());
  }

  @Test
  void defaults_inConfigKeys_matchWhatFromApplies() {
    // The README table is generated from ConfigKeys; the code must apply those same defaults.
    for (ConfigKey k : ConfigKeys.ALL) {
      if (k.defaultValue() != null) {
        OpsConfig withDefault = OpsConfig.from(Settings.of(Map.of(k.name(), k.defaultValue())));
        assertEquals(OpsConfig.from(Settings.of(Map.of())), withDefault, k.name());
      }
    }
  }

  @Test
  void from_httpOff_disablesTheEndpoint() {
    assertTrue(OpsConfig.from(Settings.of(Map.of("CITEBOT_HTTP_ADDR", "off")))
        .httpAddress().isEmpty());
  }

  @Test
  void from_jsonAndDebug_areApplied() {
    OpsConfig c = OpsConfig.from(Settings.of(Map.of("CITEBOT_LOG_FORMAT", "json",
        "CITEBOT_LOG_LEVEL", "debug", "CITEBOT_HTTP_ADDR", "0.0.0.0:9090")));

    assertEquals(LogFormat.JSON, c.logFormat());
    assertEquals("DEBUG", c.logLevel());
    assertTrue(c.http().getAddress().isAnyLocalAddress());
    assertEquals(9090, c.http().getPort());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CITEBOT_HTTP_ADDR | abc | CITEBOT_HTTP_ADDR=abc is not host:port or off",
      "CITEBOT_HTTP_ADDR | localhost:http | CITEBOT_HTTP_ADDR=localhost:http is not host:port or off",
      "CITEBOT_HTTP_ADDR | 127.0.0.1:70000 | CITEBOT_HTTP_ADDR=127.0.0.1:70000 has port 70000, must be between 1 and 65535",
      "CITEBOT_LOG_FORMAT | xml | CITEBOT_LOG_FORMAT=xml is not text or json",
      "CITEBOT_LOG_LEVEL | loud | CITEBOT_LOG_LEVEL=loud is not a log level, must be ERROR, WARN, INFO, DEBUG or TRACE",
      "CITEBOT_RATE_LIMIT | five | CITEBOT_RATE_LIMIT=five is not a whole number",
      "CITEBOT_RATE_LIMIT | 0 | CITEBOT_RATE_LIMIT=0 is out of range, must be between 1 and 1000",
      "CITEBOT_RATE_WINDOW_SECONDS | -1 | CITEBOT_RATE_WINDOW_SECONDS=-1 is out of range, must be between 1 and 86400",
      "CITEBOT_CACHE_SIZE | lots | CITEBOT_CACHE_SIZE=lots is not a whole number",
      "CITEBOT_MATCHING | fuzzy | CITEBOT_MATCHING=fuzzy must be semantic or lexical",
      "CITEBOT_SHUTDOWN_SECONDS | 600 | CITEBOT_SHUTDOWN_SECONDS=600 is out of range, must be between 1 and 60",
      "DISCORD_GUILD_ID | my-server | DISCORD_GUILD_ID=my-server is not a Discord id (digits)",
      "DISCORD_API_URL | discord.com/api | DISCORD_API_URL=discord.com/api is not a URL starting with http:// or https://",
      "DISCORD_GATEWAY_URL | https://gateway.discord.gg | DISCORD_GATEWAY_URL=https://gateway.discord.gg is not a URL starting with ws:// or wss://",
      "DISCORD_AUTO_ANSWER_CHANNELS | 123,general | DISCORD_AUTO_ANSWER_CHANNELS=123,general is not a comma-separated list of Discord channel ids (general is not digits)",
      "TELEGRAM_API_URL | ftp://x.org | TELEGRAM_API_URL=ftp://x.org is not a URL starting with http:// or https://",
      "TELEGRAM_ANNOUNCE_CHAT_ID | news | TELEGRAM_ANNOUNCE_CHAT_ID=news is not a Telegram chat id (digits, may start with -) or @channelname",
  })
  void from_badValue_reportsOneLineNamingKeyAndValue(String key, String value, String line) {
    InvalidConfiguration e = assertThrows(InvalidConfiguration.class,
        () -> OpsConfig.from(Settings.of(Map.of(key, value))));

    assertEquals(List.of(line), e.problems());
  }

  @Test
  void from_severalBadValues_reportsEveryOneInKeyOrder() {
    InvalidConfiguration e = assertThrows(InvalidConfiguration.class,
        () -> OpsConfig.from(Settings.of(Map.of("CITEBOT_RATE_LIMIT", "x",
            "CITEBOT_HTTP_ADDR", "nope", "TELEGRAM_ANNOUNCE_CHAT_ID", "?"))));

    assertEquals(3, e.problems().size());
    assertTrue(e.problems().get(0).startsWith("CITEBOT_HTTP_ADDR=nope"));
    assertTrue(e.problems().get(1).startsWith("CITEBOT_RATE_LIMIT=x"));
    assertTrue(e.problems().get(2).startsWith("TELEGRAM_ANNOUNCE_CHAT_ID=?"));
  }

  @Test
  void from_unreadableTokenFile_reportsTheFileNotTheToken() {
    InvalidConfiguration e = assertThrows(InvalidConfiguration.class,
        () -> OpsConfig.from(Settings.of(Map.of("DISCORD_TOKEN_FILE", "/nonexistent/token"))));

    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).startsWith("DISCORD_TOKEN_FILE=/nonexistent/token cannot be read"),
        e.problems().get(0));
  }
}
