package org.citebot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once the gateway is ready: to one guild when configured (changes
 * show at once, good for setting up), globally otherwise (Discord may take a while to show them).
 */
final class CommandRegistrar {

  private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

  private final Long guildId;
  private final List<SlashCommandData> extra;

  /** @param guildId the guild to register to, or null for global commands */
  CommandRegistrar(Long guildId) {
    this(guildId, List.of());
  }

  /** @param extra commands registered besides {@link DiscordCommands#all()} */
  CommandRegistrar(Long guildId, List<SlashCommandData> extra) {
    this.guildId = guildId;
    this.extra = List.copyOf(extra);
  }

  private List<SlashCommandData> commands() {
    List<SlashCommandData> all = new ArrayList<>(DiscordCommands.all());
    all.addAll(extra);
    return all;
  }

  void register(JDA jda) {
    if (guildId != null) {
      Guild guild = jda.getGuildById(guildId);
      if (guild != null) {
        guild.updateCommands().addCommands(commands()).queue(
            done -> LOG.info("registered {} slash commands to guild {}", done.size(), guildId),
            e -> LOG.error("registering slash commands to guild {} failed: {}", guildId, e.toString()));
        return;
      }
      LOG.warn("the bot is not a member of guild {} (DISCORD_GUILD_ID); invite it with the "
          + "bot and applications.commands scopes. Registering the commands globally instead", guildId);
    }
    jda.updateCommands().addCommands(commands()).queue(
        done -> LOG.info("registered {} global slash commands", done.size()),
        e -> LOG.error("registering global slash commands failed: {}", e.toString()));
  }
}
