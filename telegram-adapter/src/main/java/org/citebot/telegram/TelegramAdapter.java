package org.citebot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.citebot.chat.BotContext;
import org.citebot.chat.ButtonKeys;
import org.citebot.chat.ButtonTargets;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.PendingAnswers;
import org.citebot.chat.RateLimiter;
import org.citebot.config.ConfigException;
import org.citebot.serving.CorpusAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The running Telegram bot: long polling through TelegramBots, updates handled on a bounded pool
 * of worker threads, replies sent within Telegram's limits.
 *
 * <p>The library's poller remembers the last update id and asks only for later ones, and drops
 * any update it has already passed on, so after a network error polling resumes where it stopped
 * and no update is answered twice.
 */
public final class TelegramAdapter implements ChatAdapter {

  private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);

  /** Updates the bot asks Telegram for; edited messages are left out (they would be answered twice). */
  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query");
  private static final int WORKERS = 4;
  private static final int QUEUE = 200;
  /** Answers and timelines kept for their buttons. */
  private static final int BUTTON_TARGETS = PendingAnswers.DEFAULT_SIZE;
  /** How long buttons keep working after they were shown; then they say the answer expired. */
  private static final Duration BUTTONS_WORK_FOR = Duration.ofDays(2);
  /** Longer than the long-poll timeout (50 s) the library asks Telegram for. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(75);
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final TelegramConfig config;
  private final OkHttpClient http;
  private final TelegramBot bot;
  private final TokenMask mask;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService poller;
  private final TelegramBotsLongPollingApplication application;
  private final BotSession session;
  private final String username;
  private final AtomicBoolean closed;

  private TelegramAdapter(TelegramConfig config, OkHttpClient http, TelegramBot bot, TokenMask mask,
      ThreadPoolExecutor workers, ScheduledExecutorService poller,
      TelegramBotsLongPollingApplication application, BotSession session, String username,
      AtomicBoolean closed) {
    this.config = config;
    this.http = http;
    this.bot = bot;
    this.mask = mask;
    this.workers = workers;
    this.poller = poller;
    this.application = application;
    this.session = session;
    this.username = username;
    this.closed = closed;
  }

  /**
   * Connects: checks the token with getMe, sets the command menu, starts long polling.
   *
   * @throws ConfigException when Telegram rejects the token or cannot be reached
   */
  static TelegramAdapter start(BotContext ctx, TelegramConfig config, Sleeper sleeper)
      throws TelegramApiException, InterruptedException {
    TokenMask mask = new TokenMask(config.token());
    OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
        .readTimeout(READ_TIMEOUT).writeTimeout(Duration.ofSeconds(30)).build();
    TelegramUrl url = config.telegramUrl();
    OkHttpTelegramClient client = new OkHttpTelegramClient(http, config.token(), url);
    TelegramSender sender = new TelegramSender(client, OutgoingThrottle.telegramDefaults(), sleeper,
        3, Duration.ofSeconds(60), mask);

    User me;
    try {
      me = sender.execute(null, new GetMe());
    } catch (TelegramApiRequestException e) {
      shutdown(http);
      throw getMeFailure(config, e, mask);
    } catch (TelegramApiException e) {
      shutdown(http);
      throw new ConfigException("cannot reach the Telegram Bot API at " + config.apiUrl() + ": "
          + oneLine(mask.describe(e)) + "; check the network and " + TelegramConfig.API_URL);
    }
    String username = me.getUserName();
    if (username == null) {
      shutdown(http);
      throw new ConfigException("getMe returned no username for the bot; is "
          + TelegramConfig.TOKEN + " a bot token?");
    }
    sender.tryExecute(null, new SetMyCommands(List.of(
        new BotCommand("ask", "Ask a question about the articles"),
        new BotCommand("sources", "List the articles I quote from"),
        new BotCommand("source", "Details of one article: /source <id>"),
        new BotCommand("timeline", "Dated events, oldest first: /timeline [topic]"),
        new BotCommand("perspectives", "What each outlet says: /perspectives <topic>"),
        new BotCommand("help", "How to use me"),
        new BotCommand("start", "What I do"))));

    TelegramModeratorCommands moderation = CorpusAdmin.of(ctx.answers()).map(admin ->
        new TelegramModeratorCommands(admin, TelegramModeratorConfig.from(ctx.settings()), sender,
            client, http, config.fileUrl(), mask, username)).orElse(null);
    TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();
    TelegramViewsCommands views = new TelegramViewsCommands(ctx, sender,
        new TelegramViewsRenderer(renderer, TelegramViewsRenderer.PAGE_SIZE),
        new ButtonTargets<>(new ButtonKeys('t'), BUTTON_TARGETS, BUTTONS_WORK_FOR,
            System::nanoTime), mask);
    TelegramBot bot = new TelegramBot(ctx, sender, renderer,
        new PendingAnswers(BUTTON_TARGETS, BUTTONS_WORK_FOR, System::nanoTime), new RateLimiter(20, Duration.ofSeconds(30), System::nanoTime),
        mask, new TelegramBot.BotIdentity(me.getId(), username), views, moderation);

    ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUE), named("citebot-telegram-worker"),
        // When every worker is busy and the queue is full, the polling thread answers itself,
        // which slows polling down instead of dropping updates.
        new ThreadPoolExecutor.CallerRunsPolicy());
    workers.allowCoreThreadTimeOut(true);
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(named("citebot-telegram-poll"));
    AtomicBoolean closed = new AtomicBoolean();
    LongPollingUpdateConsumer consumer = updates -> {
      // Must never throw: the library polls in a scheduled task that stops for good on an
      // unchecked exception.
      if (closed.get()) {
        // A poll that was in flight at close: Telegram keeps these updates until a later poll
        // confirms them, so the next start answers them.
        log.debug("Closing; leaving {} updates to the next start", updates.size());
        return;
      }
      for (Update update : updates) {
        try {
          workers.execute(() -> bot.handle(update));
        } catch (RuntimeException e) {
          log.error("Could not queue update: update={} cause={}", update.getUpdateId(),
              mask.describe(e));
        }
      }
    };
    TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(
        ObjectMapper::new, () -> http, () -> poller, PollingBackOff::new);
    BotSession session;
    try {
      session = application.registerBot(config.token(), () -> url,
          new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), consumer);
    } catch (TelegramApiException | RuntimeException e) {
      closeQuietly(application, mask);
      poller.shutdownNow();
      workers.shutdownNow();
      shutdown(http);
      throw new ConfigException("cannot start long polling at " + config.apiUrl() + ": "
          + mask.describe(e));
    }
    log.info("Telegram bot @{} is polling {} for updates", username, config.apiUrl());
    TelegramAdapter adapter = new TelegramAdapter(config, http, bot, mask, workers, poller,
        application, session, username, closed);
    if (config.announceChat().isPresent()) {
      CorpusAdmin.of(ctx.answers()).ifPresent(admin -> admin.onNewSource(source -> {
        if (!closed.get()) {
          adapter.announce(TelegramHtmlRenderer.plain(CorpusAdmin.announcement(source)));
        }
      }));
    }
    return adapter;
  }

  /**
   * What a failed getMe means. Only the Bot API's own refusal (401, or 404 for a token it does not
   * know, in its JSON envelope) says the token is wrong; an answer that is not the Bot API's (a
   * web page, a proxy's error) means the address is wrong, and saying "bad token" would send the
   * operator to @BotFather for nothing.
   */
  static ConfigException getMeFailure(TelegramConfig config, TelegramApiRequestException e,
      TokenMask mask) {
    Integer code = e.getErrorCode();
    if (code != null && (code == 401 || code == 404)) {
      return new ConfigException("Telegram rejected " + TelegramConfig.TOKEN + " ("
          + oneLine(mask.mask(e.getMessage())) + "); check the token @BotFather gave the bot");
    }
    String why = code == null
        ? "the server there does not answer as a Telegram Bot API ("
            + oneLine(mask.mask(e.getMessage())) + ")"
        : "it answered HTTP " + code + " (" + oneLine(mask.mask(e.getApiResponse())) + ")";
    return new ConfigException("cannot reach the Telegram Bot API at " + config.apiUrl() + ": "
        + why + "; check " + TelegramConfig.API_URL);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  @Override
  public String name() {
    return TelegramBot.PLATFORM;
  }

  /** The bot's username, from getMe. */
  public String username() {
    return username;
  }

  @Override
  public boolean isReady() {
    return !closed.get() && session.isRunning();
  }

  /**
   * Posts an announcement (e.g. that the corpus changed) to {@code TELEGRAM_ANNOUNCE_CHAT_ID}.
   *
   * @param htmlText a message in Telegram HTML, already escaped, at most 4,096 characters
   * @return false when no announcement chat is configured or Telegram refused the message
   */
  public boolean announce(String htmlText) {
    Optional<String> chat = config.announceChat();
    if (chat.isEmpty()) {
      return false;
    }
    try {
      bot.post(chat.get(), htmlText);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (TelegramApiException | RuntimeException e) {
      log.warn("Announcement not posted: chat={} cause={}", chat.get(), mask.describe(e));
      return false;
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    closeQuietly(application, mask);
    // A long poll in flight may hold the (daemon) poller thread for up to 50 s; it is waited for
    // only briefly below, and whatever it brings back is left unconfirmed for the next start.
    poller.shutdownNow();
    workers.shutdown();
    try {
      if (!workers.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Telegram workers still busy after {}; stopping them", CLOSE_WAIT);
        workers.shutdownNow();
      }
      poller.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    shutdown(http);
    log.info("Telegram bot @{} stopped", username);
  }

  private static void closeQuietly(TelegramBotsLongPollingApplication application, TokenMask mask) {
    try {
      application.close();
    } catch (Exception e) {
      log.warn("Stopping long polling failed: cause={}", mask.describe(e));
    }
  }

  private static void shutdown(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
