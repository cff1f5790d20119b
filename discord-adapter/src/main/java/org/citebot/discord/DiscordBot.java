package org.citebot.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.citebot.chat.BotContext;
import org.citebot.chat.ButtonKeys;
import org.citebot.chat.ButtonTargets;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.PendingAnswers;
import org.citebot.config.ConfigException;
import org.citebot.serving.CorpusAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running Discord bot: a JDA session plus the executor that answers questions. */
public final class DiscordBot implements ChatAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  /** Questions answered at once; the machine's cores bound the useful number. */
  static final int WORKERS = 2;
  /** Questions waiting beyond that; more are turned away politely. */
  static final int QUEUE = 64;
  static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
  /** How long buttons under answers and timelines keep working after they were shown. */
  static final Duration BUTTONS_WORK_FOR = Duration.ofHours(24);
  /** JDA's REST base address when none is configured. */
  static final String DISCORD_API = "https://discord.com/api/";

  private final JDA jda;
  private final ExecutorService executor;

  private DiscordBot(JDA jda, ExecutorService executor) {
    this.jda = jda;
    this.executor = executor;
  }

  /**
   * Connects to Discord and starts answering. Returns once logged in; the gateway connects in the
   * background ({@link #isReady()}), and the commands are registered when it is ready.
   *
   * @throws ConfigException when Discord rejects the token
   */
  public static DiscordBot start(DiscordConfig config, BotContext context) {
    // Nothing the bot sends may ping; this is the default for channel messages, and each request
    // also sets it explicitly because interaction-hook edits do not take this default.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);

    EnumSet<GatewayIntent> intents =
        EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
    if (config.needsMessageContent()) {
      intents.add(GatewayIntent.MESSAGE_CONTENT);
    }
    ExecutorService executor = newExecutor();
    QuestionDesk desk = new QuestionDesk(context.answers(), context.rateLimiter(), context.meters(),
        new PendingAnswers(PendingAnswers.DEFAULT_SIZE, BUTTONS_WORK_FOR, System::nanoTime));
    Optional<DiscordModeratorCommands> moderation = CorpusAdmin.of(context.answers()).map(admin ->
        new DiscordModeratorCommands(admin, DiscordModeratorConfig.from(context.settings()),
            executor));
    DiscordListener listener = new DiscordListener(desk, context.answers(), context.feedback(),
        new DiscordAnswerRenderer(() -> context.answers().sources().size()), executor, config.autoAnswerChannels(),
        new CommandRegistrar(config.guildId(), moderation.isPresent()
            ? DiscordModeratorCommands.commands() : List.of()));
    DiscordViewsCommands views = new DiscordViewsCommands(context.answers(), context.rateLimiter(),
        context.meters(), new DiscordViewsRenderer(), new ButtonTargets<ShownTimeline>(
            new ButtonKeys('t'), 10_000, BUTTONS_WORK_FOR, System::nanoTime), executor);

    // Light: no member cache, no chunking, no cache flags; the bot needs none of them.
    JDABuilder builder = JDABuilder.createLight(config.token(), intents)
        .setMemberCachePolicy(MemberCachePolicy.NONE)
        .addEventListeners(listener, views);
    moderation.ifPresent(builder::addEventListeners);
    if (config.apiUrl() != null) {
      builder.setRestConfig(new RestConfig().setBaseUrl(config.apiUrl()));
    }
    if (config.gatewayUrl() != null) {
      // A custom gateway (proxy or local fake) gets plain JSON frames, no zlib stream.
      builder.setSessionController(new FixedGatewaySessionController(config.gatewayUrl()))
          .setCompression(Compression.NONE);
    }
    try {
      JDA jda = builder.build();
      moderation.ifPresent(m -> m.attach(jda));
      LOG.info("Discord bot logged in as {} (intents {}, commands {})", jda.getSelfUser().getName(),
          intents, config.guildId() == null ? "global" : "guild " + config.guildId());
      return new DiscordBot(jda, executor);
    } catch (InvalidTokenException e) {
      executor.shutdownNow();
      throw new ConfigException("Discord rejected " + DiscordConfig.TOKEN + " as invalid; reset it "
          + "on the Bot page of your application in the Discord developer portal");
    } catch (ErrorResponseException e) {
      executor.shutdownNow();
      throw loginFailure(config, e);
    } catch (RuntimeException e) {
      executor.shutdownNow();
      throw e;
    }
  }

  /** Discord's REST base address as configured, for messages. */
  static String apiAddress(DiscordConfig config) {
    return config.apiUrl() != null ? config.apiUrl() : DISCORD_API;
  }

  /**
   * One line for a login that got no usable answer: the operator needs the address and the
   * reason (no network, refused, an error status), not JDA's stack trace.
   */
  static ConfigException loginFailure(DiscordConfig config, ErrorResponseException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof IOException io) {
        return new ConfigException("cannot reach Discord at " + apiAddress(config) + ": "
            + oneLine(io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage())
            + "; check the network" + (config.apiUrl() != null ? " and " + DiscordConfig.API_URL
            : ""));
      }
    }
    return new ConfigException("Discord at " + apiAddress(config) + " refused the login: HTTP "
        + e.getErrorCode() + " " + oneLine(e.getMeaning()) + (config.apiUrl() != null
        ? "; check " + DiscordConfig.API_URL : ""));
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  private static ExecutorService newExecutor() {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUE), r -> {
          Thread t = new Thread(r, "citebot-discord-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  @Override
  public String name() {
    return QuestionDesk.PLATFORM;
  }

  @Override
  public boolean isReady() {
    return jda.getStatus() == JDA.Status.CONNECTED;
  }

  JDA jda() {
    return jda;
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
      jda.shutdown();
      if (!jda.awaitShutdown(SHUTDOWN_WAIT)) {
        LOG.warn("Discord session did not close within {}; closing it now", SHUTDOWN_WAIT);
        jda.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      executor.shutdownNow();
      jda.shutdownNow();
    }
  }
}
