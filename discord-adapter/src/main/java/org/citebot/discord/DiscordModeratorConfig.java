package org.citebot.discord;

import java.util.Optional;
import java.util.regex.Pattern;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;

/**
 * Who may change the corpus from Discord, and where new sources are announced.
 *
 * @param homeGuildId the one server ({@value DiscordConfig#GUILD_ID}) whose moderators may change
 *     the corpus; empty when moderator commands are off. The bot may be in many servers, but the
 *     corpus is one: Manage Server in a server anyone can create must not reach it.
 * @param moderatorRoleId members of the home server with this role may use the moderator
 *     commands, besides those with Manage Server; empty for Manage Server only
 * @param announceChannelId the channel where "New source: ..." is posted; empty for none
 */
record DiscordModeratorConfig(Optional<Long> homeGuildId, Optional<Long> moderatorRoleId,
    Optional<Long> announceChannelId) {

  static final String MODERATOR_ROLE_ID = "DISCORD_MODERATOR_ROLE_ID";
  static final String ANNOUNCE_CHANNEL_ID = "DISCORD_ANNOUNCE_CHANNEL_ID";

  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

  static DiscordModeratorConfig from(Settings settings) {
    return new DiscordModeratorConfig(
        settings.get(DiscordConfig.GUILD_ID).map(v -> snowflake(DiscordConfig.GUILD_ID, v)),
        settings.get(MODERATOR_ROLE_ID).map(v -> snowflake(MODERATOR_ROLE_ID, v)),
        settings.get(ANNOUNCE_CHANNEL_ID).map(v -> snowflake(ANNOUNCE_CHANNEL_ID, v)));
  }

  private static long snowflake(String key, String value) {
    if (!SNOWFLAKE.matcher(value).matches()) {
      throw new ConfigException(key + "=" + value + " is not a Discord id, must be digits only "
          + "(right-click the server, role or channel with developer mode on, then Copy ID)");
    }
    try {
      return Long.parseUnsignedLong(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(key + "=" + value + " is too large for a Discord id");
    }
  }
}
