package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.citebot.chat.ChatAdapterProvider;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordConfigTest {

  private static final String TOKEN = FakeDiscord.TOKEN;

  @Test
  void from_missingToken_namesBothVariables() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> DiscordConfig.from(Settings.of(Map.of())));
    assertTrue(e.getMessage().contains("DISCORD_TOKEN (or DISCORD_TOKEN_FILE)"), e.getMessage());
  }

  @Test
  void from_malformedToken_failsWithoutEchoingIt() {
    String secret = "not-a-token-but-still-secret";
    ConfigException e = assertThrows(ConfigException.class,
        () -> DiscordConfig.from(Settings.of(Map.of("DISCORD_TOKEN", secret))));
    assertFalse(e.getMessage().contains(secret));
    assertTrue(e.getMessage().startsWith("DISCORD_TOKEN is not shaped like a Discord bot token"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  void from_tokenFile_isRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, TOKEN + "\n");
    DiscordConfig config = DiscordConfig.from(Settings.of(Map.of("DISCORD_TOKEN_FILE", file.toString())));
    assertEquals(TOKEN, config.token());
  }

  @Test
  void from_tokenWithBotPrefix_dropsPrefix() {
    assertEquals(TOKEN, DiscordConfig.from(Settings.of(Map.of("DISCORD_TOKEN", "Bot " + TOKEN))).token());
  }

  @Test
  void from_guildIdNotDigits_isRejectedWithValue() {
    ConfigException e = assertThrows(ConfigException.class, () -> DiscordConfig.from(
        Settings.of(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GUILD_ID", "my-server"))));
    assertTrue(e.getMessage().startsWith("DISCORD_GUILD_ID=my-server is not a Discord id, must be digits only"),
        e.getMessage());
  }

  @Test
  void from_optionalValues_areParsed() {
    DiscordConfig config = DiscordConfig.from(Settings.of(Map.of(
        "DISCORD_TOKEN", TOKEN,
        "DISCORD_GUILD_ID", "123456789012345678",
        "DISCORD_API_URL", "http://127.0.0.1:8080/api/v10/",
        "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8080/gateway",
        "DISCORD_AUTO_ANSWER_CHANNELS", "11, 22,,33")));
    assertEquals(123456789012345678L, config.guildId());
    assertEquals("http://127.0.0.1:8080/api/v10/", config.apiUrl());
    assertEquals(Set.of(11L, 22L, 33L), config.autoAnswerChannels());
    assertTrue(config.needsMessageContent());
  }

  @Test
  void from_defaults_needNoPrivilegedIntent() {
    DiscordConfig config = DiscordConfig.from(Settings.of(Map.of("DISCORD_TOKEN", TOKEN)));
    assertNull(config.guildId());
    assertNull(config.apiUrl());
    assertFalse(config.needsMessageContent());
  }

  @Test
  void from_gatewayUrlWithHttpScheme_isRejected() {
    ConfigException e = assertThrows(ConfigException.class, () -> DiscordConfig.from(
        Settings.of(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_GATEWAY_URL", "http://x/"))));
    assertEquals("DISCORD_GATEWAY_URL=http://x/ is not a valid URL, must start with ws:// or wss://",
        e.getMessage());
  }

  @Test
  void toString_masksToken() {
    String s = DiscordConfig.from(Settings.of(Map.of("DISCORD_TOKEN", TOKEN))).toString();
    assertFalse(s.contains(TOKEN));
    assertTrue(s.contains("token=****"));
  }

  @Test
  void provider_isFoundThroughServiceLoaderAndConfiguredByToken() {
    ChatAdapterProvider provider = ServiceLoader.load(ChatAdapterProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("discord")).findFirst()
        .orElseThrow();
    assertEquals("DISCORD_TOKEN", provider.tokenVariable());
    assertTrue(provider.isConfigured(Settings.of(Map.of("DISCORD_TOKEN", TOKEN))));
    assertFalse(provider.isConfigured(Settings.of(Map.of())));
  }
}
