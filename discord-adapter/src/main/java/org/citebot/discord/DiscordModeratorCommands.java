package org.citebot.discord;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.citebot.chat.BotTexts;
import org.citebot.corpus.ArticleFiles;
import org.citebot.serving.CorpusAdmin;
import org.citebot.text.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderator commands {@code /add}, {@code /refresh} and {@code /remove}: allowed only in the
 * bot's home server ({@code DISCORD_GUILD_ID}), for its members with Manage Server or the
 * configured moderator role, answered to the moderator only (ephemeral). Without a home server
 * they are off. The bot can be invited to any server, where anyone may hold Manage Server, so a
 * permission counts only in the home server. Discord also hides the commands from members without
 * Manage Server unless a server admin grants them in the server's Integrations settings; the
 * check here holds either way, and is made for every command from what Discord sends with it,
 * never from an earlier decision. New sources are announced in the configured channel.
 */
final class DiscordModeratorCommands extends ListenerAdapter {

  static final String ADD = "add";
  static final String REFRESH = "refresh";
  static final String REMOVE = "remove";
  static final Set<String> NAMES = Set.of(ADD, REFRESH, REMOVE);

  static final String REFUSAL = "Sorry, only moderators can change the articles: members with"
      + " the Manage Server permission or the moderator role.";
  static final String NOT_IN_DM = "Moderator commands work in a server channel, not in direct"
      + " messages.";
  static final String NOT_HOME = "Sorry, moderator commands work only in this bot's home server.";
  static final String OFF = "Sorry, moderator commands are off for this bot.";
  static final String ADD_USAGE = "Give the article's address (url) or attach its file (file).";

  private static final Logger LOG = LoggerFactory.getLogger(DiscordModeratorCommands.class);

  private final CorpusAdmin admin;
  private final DiscordModeratorConfig config;
  private final Executor executor;
  private volatile JDA jda;

  DiscordModeratorCommands(CorpusAdmin admin, DiscordModeratorConfig config, Executor executor) {
    this.admin = admin;
    this.config = config;
    this.executor = executor;
    config.announceChannelId().ifPresent(id -> admin.onNewSource(this::announce));
  }

  static List<SlashCommandData> commands() {
    DefaultMemberPermissions managers = DefaultMemberPermissions.enabledFor(
        Permission.MANAGE_SERVER);
    return List.of(
        Commands.slash(ADD, "Moderators: add an article by its web address or as a file")
            .addOptions(new OptionData(OptionType.STRING, "url",
                    "The article's http(s) address", false).setMaxLength(2000),
                new OptionData(OptionType.ATTACHMENT, "file",
                    "A .txt, .md or .html article file", false))
            .setDefaultPermissions(managers),
        Commands.slash(REFRESH, "Moderators: re-read the corpus folder and report what changed")
            .setDefaultPermissions(managers),
        Commands.slash(REMOVE, "Moderators: remove an article (its file goes to the trash)")
            .addOptions(new OptionData(OptionType.STRING, "id",
                "The article id, as listed by /sources", true).setMaxLength(100))
            .setDefaultPermissions(managers));
  }

  /** The connected session, for announcements. */
  void attach(JDA jda) {
    this.jda = jda;
  }

  /** Whether a member with these facts may use the moderator commands. */
  static boolean allows(boolean manageServer, Collection<Long> roleIds, Optional<Long> role) {
    return manageServer || role.map(roleIds::contains).orElse(false);
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!NAMES.contains(event.getName())) {
      return;
    }
    try {
      handle(event);
    } catch (RuntimeException e) {
      LOG.error("/{} failed (guild={} channel={})", event.getName(),
          event.getGuild() == null ? "DM" : event.getGuild().getId(), event.getChannelId(), e);
      if (!event.isAcknowledged()) {
        reply(event, BotTexts.ERROR);
      }
    }
  }

  /**
   * Why this command may not run, or empty when its user is a moderator of the home server at
   * this moment: the member's permissions and roles are those Discord sent with this command.
   */
  private Optional<String> refusal(SlashCommandInteractionEvent event) {
    Member member = event.getMember();
    if (member == null || event.getGuild() == null) {
      return Optional.of(NOT_IN_DM);
    }
    if (config.homeGuildId().isEmpty()) {
      LOG.info("/{} refused: moderator commands are off ({} is not set)", event.getName(),
          DiscordConfig.GUILD_ID);
      return Optional.of(OFF);
    }
    long guild = event.getGuild().getIdLong();
    if (guild != config.homeGuildId().get()) {
      LOG.info("/{} refused: guild {} is not the home guild ({})", event.getName(), guild,
          DiscordConfig.GUILD_ID);
      return Optional.of(NOT_HOME);
    }
    if (!isModerator(member, event)) {
      LOG.info("/{} refused: user is not a moderator (guild={})", event.getName(), guild);
      return Optional.of(REFUSAL);
    }
    return Optional.empty();
  }

  private void handle(SlashCommandInteractionEvent event) {
    Optional<String> refusal = refusal(event);
    if (refusal.isPresent()) {
      reply(event, refusal.get());
      return;
    }
    CorpusAdmin.Actor actor = new CorpusAdmin.Actor(QuestionDesk.PLATFORM, event.getUser().getId());
    String url = option(event, "url");
    Message.Attachment file = Optional.ofNullable(event.getOption("file"))
        .map(OptionMapping::getAsAttachment).orElse(null);
    String id = option(event, "id");
    if (event.getName().equals(ADD) && (url == null) == (file == null)) {
      reply(event, ADD_USAGE);
      return;
    }
    if (file != null && file.getSize() > ArticleFiles.MAX_FILE_BYTES) {
      reply(event, file.getFileName() + " is too large (" + file.getSize() + " bytes, the limit"
          + " is " + ArticleFiles.MAX_FILE_BYTES + "); nothing was added.");
      return;
    }
    // Fetching a page or rebuilding the index can take longer than Discord's three seconds.
    event.deferReply(true).queue(null, failure("/" + event.getName() + " defer"));
    InteractionHook hook = event.getHook();
    Runnable work = () -> {
      CorpusAdmin.Outcome outcome = switch (event.getName()) {
        case REFRESH -> admin.refresh(actor);
        case REMOVE -> admin.remove(actor, id == null ? "" : id);
        default -> url != null ? admin.addUrl(actor, url) : addAttachment(actor, file);
      };
      hook.editOriginal(DiscordAnswerRenderer.content(outcome.message()))
          .setAllowedMentions(DiscordListener.NO_MENTIONS)
          .queue(null, failure("/" + event.getName() + " edit"));
    };
    try {
      executor.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          LOG.error("/{} failed", event.getName(), e);
          hook.editOriginal(DiscordAnswerRenderer.content(BotTexts.ERROR))
              .setAllowedMentions(DiscordListener.NO_MENTIONS).queue(null, failure("edit"));
        }
      });
    } catch (RejectedExecutionException e) {
      hook.editOriginal(DiscordAnswerRenderer.content("The bot is busy; please try again in a"
          + " minute.")).setAllowedMentions(DiscordListener.NO_MENTIONS).queue(null,
          failure("edit"));
    }
  }

  private boolean isModerator(Member member, SlashCommandInteractionEvent event) {
    boolean manageServer;
    try {
      manageServer = member.hasPermission(event.getGuildChannel(), Permission.MANAGE_SERVER);
    } catch (RuntimeException e) {
      manageServer = false;
    }
    List<Long> roles;
    try {
      roles = member.getRoles().stream().map(Role::getIdLong).toList();
    } catch (RuntimeException e) {
      // Members of a guild the bot does not cache come without roles.
      roles = List.of();
    }
    return allows(manageServer, roles, config.moderatorRoleId());
  }

  private CorpusAdmin.Outcome addAttachment(CorpusAdmin.Actor actor, Message.Attachment file) {
    byte[] bytes;
    try (InputStream in = file.getProxy().download().get(30, TimeUnit.SECONDS)) {
      bytes = in.readNBytes((int) ArticleFiles.MAX_FILE_BYTES + 1);
    } catch (IOException | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      LOG.warn("downloading the attachment {} failed: {}", file.getFileName(), e.toString());
      return new CorpusAdmin.Outcome(false, "Could not download " + file.getFileName()
          + " from Discord; nothing was added. Please try again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new CorpusAdmin.Outcome(false, "Interrupted; nothing was added.");
    }
    return admin.addFile(actor, file.getFileName(), bytes);
  }

  private void announce(Source source) {
    JDA session = jda;
    Long channelId = config.announceChannelId().orElse(null);
    if (session == null || channelId == null) {
      return;
    }
    TextChannel channel = session.getTextChannelById(channelId);
    if (channel == null) {
      LOG.warn("announcement not posted: the bot cannot see channel {} ({})", channelId,
          DiscordModeratorConfig.ANNOUNCE_CHANNEL_ID);
      return;
    }
    channel.sendMessage(DiscordAnswerRenderer.text(CorpusAdmin.announcement(source)))
        .queue(null, failure("announcement"));
  }

  private static String option(SlashCommandInteractionEvent event, String name) {
    return Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString)
        .map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
  }

  private static void reply(SlashCommandInteractionEvent event, String text) {
    event.reply(DiscordAnswerRenderer.text(text)).setEphemeral(true)
        .queue(null, failure("/" + event.getName()));
  }

  private static Consumer<Throwable> failure(String what) {
    return t -> LOG.warn("Discord rejected a {} request: {}", what, t.toString());
  }
}
