package org.citebot.ops;

import java.util.List;
import java.util.Optional;

/** Every configuration key citebot reads, with its default. The README table mirrors this list. */
public final class ConfigKeys {

  public static final ConfigKey CORPUS_DIR = new ConfigKey("CITEBOT_CORPUS_DIR", null, false,
      "Corpus directory to serve instead of DATA_DIR/corpus (the --corpus option wins)");
  public static final ConfigKey DATA_DIR = new ConfigKey("CITEBOT_DATA_DIR", "./data", false,
      "Data directory: corpus (copied from the default on first start), its snapshots, trash, "
          + "feedback and audit logs; another corpus's under corpora/NAME-HASH");
  public static final ConfigKey HTTP_ADDR = new ConfigKey("CITEBOT_HTTP_ADDR", "127.0.0.1:8080",
      false, "host:port of the /healthz, /readyz and /metrics endpoint, or off");
  public static final ConfigKey LOG_FORMAT = new ConfigKey("CITEBOT_LOG_FORMAT", "text", false,
      "text (readable lines) or json (one JSON object per line)");
  public static final ConfigKey LOG_LEVEL = new ConfigKey("CITEBOT_LOG_LEVEL", "INFO", false,
      "ERROR, WARN, INFO, DEBUG or TRACE");
  public static final ConfigKey RATE_LIMIT = new ConfigKey("CITEBOT_RATE_LIMIT", "5", false,
      "Questions one user may ask per window (1-1000)");
  public static final ConfigKey RATE_WINDOW_SECONDS = new ConfigKey(
      "CITEBOT_RATE_WINDOW_SECONDS", "30", false, "Length of the rate-limit window in seconds");
  public static final ConfigKey CACHE_SIZE = new ConfigKey("CITEBOT_CACHE_SIZE", "10000", false,
      "Answers kept in the cache (0 disables it)");
  public static final ConfigKey MATCHING = new ConfigKey(org.citebot.answer.Matching.KEY,
      "semantic", false, "semantic (words and closeness in meaning, from the bundled sentence "
          + "model: better on paraphrases and at abstaining; about 3 ms more for the questions "
          + "words alone leave open) or lexical (words only)");
  public static final ConfigKey MIN_CONFIDENCE = new ConfigKey(
      org.citebot.answer.AnswerSettings.MIN_CONFIDENCE_KEY, null, false,
      "Abstain when an answer's confidence is below this (0 to 1; default: the fitted bar)");
  public static final ConfigKey SHUTDOWN_SECONDS = new ConfigKey("CITEBOT_SHUTDOWN_SECONDS", "8",
      false, "How long a stop waits for questions in flight (1-60)");
  public static final ConfigKey DISCORD_TOKEN = new ConfigKey("DISCORD_TOKEN", null, true,
      "Discord bot token; starts the Discord bot (or DISCORD_TOKEN_FILE naming a file)");
  public static final ConfigKey DISCORD_GUILD_ID = new ConfigKey("DISCORD_GUILD_ID", null, false,
      "Server id to register the slash commands in at once (else globally)");
  public static final ConfigKey DISCORD_API_URL = new ConfigKey("DISCORD_API_URL", null, false,
      "Discord REST base URL (tests and proxies only)");
  public static final ConfigKey DISCORD_GATEWAY_URL = new ConfigKey("DISCORD_GATEWAY_URL", null,
      false, "Discord gateway URL (tests and proxies only)");
  public static final ConfigKey DISCORD_AUTO_ANSWER_CHANNELS = new ConfigKey(
      "DISCORD_AUTO_ANSWER_CHANNELS", null, false,
      "Comma-separated channel ids where every question is answered without a mention");
  public static final ConfigKey TELEGRAM_BOT_TOKEN = new ConfigKey("TELEGRAM_BOT_TOKEN", null,
      true, "Telegram bot token from @BotFather; starts the Telegram bot (or TELEGRAM_BOT_TOKEN_FILE)");
  public static final ConfigKey TELEGRAM_API_URL = new ConfigKey("TELEGRAM_API_URL", null, false,
      "Telegram Bot API base URL (tests and local Bot API servers only)");
  public static final ConfigKey TELEGRAM_ANNOUNCE_CHAT_ID = new ConfigKey(
      "TELEGRAM_ANNOUNCE_CHAT_ID", null, false,
      "Chat id or @channel where new sources are announced");

  public static final ConfigKey CORPUS_POLL_SECONDS = new ConfigKey(
      "CITEBOT_CORPUS_POLL_SECONDS", "5", false,
      "How often to look for corpus changes made by another process (0 = off)");
  public static final ConfigKey FETCH_TIMEOUT_SECONDS = new ConfigKey(
      "CITEBOT_FETCH_TIMEOUT_SECONDS", "10", false, "Time limit for fetching a page to add");
  public static final ConfigKey ALLOW_PRIVATE_URLS = new ConfigKey("CITEBOT_ALLOW_PRIVATE_URLS",
      "false", false, "Allow adding pages on private or loopback addresses (e.g. an intranet)");
  public static final ConfigKey DISCORD_MODERATOR_ROLE_ID = new ConfigKey(
      "DISCORD_MODERATOR_ROLE_ID", null, false,
      "Role allowed to add, refresh and remove articles besides Manage Server");
  public static final ConfigKey DISCORD_ANNOUNCE_CHANNEL_ID = new ConfigKey(
      "DISCORD_ANNOUNCE_CHANNEL_ID", null, false, "Channel where new sources are announced");
  public static final ConfigKey TELEGRAM_MODERATOR_IDS = new ConfigKey("TELEGRAM_MODERATOR_IDS",
      null, false, "Comma-separated Telegram user ids allowed to add, refresh and remove articles");
  public static final ConfigKey TELEGRAM_MODERATOR_CHAT_ID = new ConfigKey(
      "TELEGRAM_MODERATOR_CHAT_ID", null, false,
      "Chat whose administrators may add, refresh and remove articles");

  /** All keys in the order they are documented. */
  public static final List<ConfigKey> ALL = List.of(CORPUS_DIR, DATA_DIR, HTTP_ADDR, LOG_FORMAT,
      LOG_LEVEL, RATE_LIMIT, RATE_WINDOW_SECONDS, CACHE_SIZE, MATCHING, MIN_CONFIDENCE,
      SHUTDOWN_SECONDS, DISCORD_TOKEN,
      DISCORD_GUILD_ID, DISCORD_API_URL, DISCORD_GATEWAY_URL, DISCORD_AUTO_ANSWER_CHANNELS,
      TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, TELEGRAM_ANNOUNCE_CHAT_ID, CORPUS_POLL_SECONDS,
      FETCH_TIMEOUT_SECONDS, ALLOW_PRIVATE_URLS, DISCORD_MODERATOR_ROLE_ID,
      DISCORD_ANNOUNCE_CHANNEL_ID, TELEGRAM_MODERATOR_IDS, TELEGRAM_MODERATOR_CHAT_ID);

  private ConfigKeys() {}

  /** The key named {@code name}, or the secret whose {@code _FILE} variant it is. */
  public static Optional<ConfigKey> find(String name) {
    for (ConfigKey k : ALL) {
      if (k.name().equals(name) || (k.secret() && k.fileVariant().equals(name))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
