package org.citebot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once the gateway is ready. Everyone's commands go to the home
 * guild when one is configured (changes show at once), globally otherwise (Discord may take a
 * while to show them). The moderator commands go to the home guild only, never globally: there
 * they would show in every server the bot is in. When the bot is not in the home guild they are
 * off, the log says so, and everyone's commands are registered globally so the bot still answers;
 * if it joins the home guild later, its commands are registered there then.
 */
final class CommandRegistrar {

  private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

  private final Long guildId;
  private final List<SlashCommandData> moderator;

  /** @param guildId the home guild, or null for global commands */
  CommandRegistrar(Long guildId) {
    this(guildId, List.of());
  }

  /** @param moderator the moderator commands, registered in the home guild only */
  CommandRegistrar(Long guildId, List<SlashCommandData> moderator) {
    this.guildId = guildId;
    this.moderator = List.copyOf(moderator);
  }

  private List<SlashCommandData> homeCommands() {
    List<SlashCommandData> all = new ArrayList<>(DiscordCommands.all());
    all.addAll(moderator);
    return all;
  }

  void register(JDA jda) {
    if (guildId != null) {
      Guild guild = jda.getGuildById(guildId);
      if (guild != null) {
        registerHome(guild);
        return;
      }
      LOG.warn("the bot is not a member of guild {} ({}); invite it with the bot and "
          + "applications.commands scopes.{} Registering the other commands globally meanwhile",
          guildId, DiscordConfig.GUILD_ID, moderator.isEmpty() ? ""
              : " Moderator commands are off until it is there, and work in that guild only.");
    } else if (!moderator.isEmpty()) {
      LOG.warn("moderator commands are off: set {} to the id of the server whose moderators may "
          + "change the articles", DiscordConfig.GUILD_ID);
    }
    jda.updateCommands().addCommands(DiscordCommands.all()).queue(
        done -> LOG.info("registered {} global slash commands", done.size()),
        e -> LOG.error("registering global slash commands failed: {}", e.toString()));
  }

  /** The bot joined a guild while running: when it is the home guild, its commands go there. */
  void joined(Guild guild) {
    if (guildId != null && guild.getIdLong() == guildId) {
      LOG.info("the bot joined its home guild {}", guildId);
      registerHome(guild);
    }
  }

  private void registerHome(Guild guild) {
    guild.updateCommands().addCommands(homeCommands()).queue(
        done -> LOG.info("registered {} slash commands to guild {}{}", done.size(), guildId,
            moderator.isEmpty() ? "" : ", moderator commands included"),
        e -> LOG.error("registering slash commands to guild {} failed: {}", guildId,
            e.toString()));
  }
}
