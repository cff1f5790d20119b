package org.citebot.discord;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;

/**
 * The Discord adapter's settings, validated once at start.
 *
 * @param token the bot token; never shown by {@link #toString()}
 * @param guildId the home guild: moderator commands work there only, and commands are registered
 *     there (instant updates); or null for global commands with the moderator commands off
 * @param apiUrl the REST base URL (a proxy, or a local fake in tests), or null for Discord's
 * @param gatewayUrl the gateway WebSocket URL, or null to use Discord's
 * @param autoAnswerChannels channels whose new forum posts and thread starters get an answer;
 *     non-empty only when the operator enabled the message-content intent for the bot
 */
public record DiscordConfig(
    String token, Long guildId, String apiUrl, String gatewayUrl, Set<Long> autoAnswerChannels) {

  public static final String TOKEN = "DISCORD_TOKEN";
  public static final String GUILD_ID = "DISCORD_GUILD_ID";
  public static final String API_URL = "DISCORD_API_URL";
  public static final String GATEWAY_URL = "DISCORD_GATEWAY_URL";
  public static final String AUTO_ANSWER_CHANNELS = "DISCORD_AUTO_ANSWER_CHANNELS";

  /** Bot tokens are three base64url parts: user id, timestamp, signature. */
  private static final Pattern TOKEN_SHAPE =
      Pattern.compile("[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{20,}");

  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

  public DiscordConfig {
    Objects.requireNonNull(token, "token");
    if (!TOKEN_SHAPE.matcher(token).matches()) {
      // The value is never echoed: a mistyped token is still mostly a secret.
      throw new ConfigException(TOKEN + " is not shaped like a Discord bot token (three "
          + "dot-separated base64url parts, " + token.length() + " characters given); copy it "
          + "from the Bot page of your application in the Discord developer portal");
    }
    autoAnswerChannels = Set.copyOf(autoAnswerChannels);
  }

  /** Reads and validates the settings. */
  public static DiscordConfig from(Settings settings) {
    String token = settings.secret(TOKEN).orElseThrow(() -> new ConfigException(
        "set " + TOKEN + " (or " + TOKEN + "_FILE) to the bot token from the Discord developer portal"));
    // Operators often paste the Authorization header value; the prefix is not part of the token.
    if (token.startsWith("Bot ")) {
      token = token.substring(4).trim();
    }
    Long guild = settings.get(GUILD_ID).map(v -> snowflake(GUILD_ID, v)).orElse(null);
    String api = settings.get(API_URL).map(v -> httpUrl(API_URL, v, "http", "https")).orElse(null);
    String gateway =
        settings.get(GATEWAY_URL).map(v -> httpUrl(GATEWAY_URL, v, "ws", "wss")).orElse(null);
    Set<Long> channels = new LinkedHashSet<>();
    settings.get(AUTO_ANSWER_CHANNELS).ifPresent(list -> {
      for (String part : list.split(",")) {
        if (!part.isBlank()) {
          channels.add(snowflake(AUTO_ANSWER_CHANNELS, part.trim()));
        }
      }
    });
    return new DiscordConfig(token, guild, api, gateway, channels);
  }

  /** The message-content intent is privileged; it is asked for only when a feature needs it. */
  public boolean needsMessageContent() {
    return !autoAnswerChannels.isEmpty();
  }

  @Override
  public String toString() {
    return "DiscordConfig[token=****, guildId=" + guildId + ", apiUrl=" + apiUrl + ", gatewayUrl="
        + gatewayUrl + ", autoAnswerChannels=" + autoAnswerChannels + "]";
  }

  private static long snowflake(String key, String value) {
    if (!SNOWFLAKE.matcher(value).matches()) {
      throw new ConfigException(key + "=" + value + " is not a Discord id, must be digits only "
          + "(right-click the server or channel with developer mode on, then Copy ID)");
    }
    try {
      return Long.parseUnsignedLong(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(key + "=" + value + " is too large for a Discord id");
    }
  }

  private static String httpUrl(String key, String value, String... schemes) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (Set.of(schemes).contains(scheme) && uri.getHost() != null) {
        return value;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new ConfigException(key + "=" + value + " is not a valid URL, must start with "
        + String.join(":// or ", schemes) + "://");
  }
}
