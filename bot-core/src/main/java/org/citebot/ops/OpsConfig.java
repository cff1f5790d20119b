package org.citebot.ops;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.citebot.answer.AnswerSettings;
import org.citebot.answer.Matching;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;

/**
 * The validated process configuration (everything but the chat adapters' own settings, which
 * each adapter reads from {@link Settings} when it starts).
 *
 * @param dataDir the data root (default {@code ./data}); each corpus's data folder is in it
 * @param corpusDir a corpus directory that overrides {@code dataDir/corpus}, or null
 * @param http the address of the operations endpoint, or null when it is off
 * @param logFormat text (default) or JSON lines
 * @param logLevel the root log level (default INFO)
 * @param rateLimit questions per user per window (default 5)
 * @param rateWindow the rate-limit window (default 30 s)
 * @param cacheSize answers cached (default 10,000; 0 disables the cache)
 * @param shutdownTimeout how long a stop waits for questions in flight (default 8 s)
 * @param matching semantic (default) or lexical matching of questions to sentences
 * @param answers the answer settings: {@code matching} and {@code CITEBOT_MIN_CONFIDENCE}
 */
public record OpsConfig(
    Path dataDir,
    Path corpusDir,
    InetSocketAddress http,
    LogFormat logFormat,
    String logLevel,
    int rateLimit,
    Duration rateWindow,
    int cacheSize,
    Duration shutdownTimeout,
    Matching matching,
    AnswerSettings answers) {

  static final Set<String> LEVELS = Set.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");
  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
  private static final Pattern TELEGRAM_CHAT = Pattern.compile("-?[0-9]{1,20}|@[A-Za-z0-9_]{5,32}");

  public OpsConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(logFormat, "logFormat");
    Objects.requireNonNull(matching, "matching");
    Objects.requireNonNull(answers, "answers");
    if (!LEVELS.contains(logLevel)) {
      throw new IllegalArgumentException("illegal logLevel: " + logLevel + ", must be one of "
          + "ERROR, WARN, INFO, DEBUG, TRACE");
    }
    if (rateLimit < 1) {
      throw new IllegalArgumentException("illegal rateLimit: " + rateLimit + ", must be >= 1");
    }
    if (rateWindow.isNegative() || rateWindow.isZero()) {
      throw new IllegalArgumentException("illegal rateWindow: " + rateWindow + ", must be > 0");
    }
    if (cacheSize < 0) {
      throw new IllegalArgumentException("illegal cacheSize: " + cacheSize + ", must be >= 0");
    }
    if (shutdownTimeout.isNegative() || shutdownTimeout.isZero()) {
      throw new IllegalArgumentException(
          "illegal shutdownTimeout: " + shutdownTimeout + ", must be > 0");
    }
  }

  /** The operations endpoint's address, empty when {@code CITEBOT_HTTP_ADDR=off}. */
  public Optional<InetSocketAddress> httpAddress() {
    return Optional.ofNullable(http);
  }

  /**
   * Reads and checks every known key, collecting all problems before failing so that an operator
   * fixes them in one go.
   *
   * @throws InvalidConfiguration with one line per bad value
   */
  public static OpsConfig from(Settings s) {
    List<String> problems = new ArrayList<>();
    Path dataDir = check(problems, () -> path(s, ConfigKeys.DATA_DIR));
    Path corpusDir = s.get(ConfigKeys.CORPUS_DIR.name()).isEmpty() ? null
        : check(problems, () -> path(s, ConfigKeys.CORPUS_DIR));
    InetSocketAddress http = check(problems, () -> httpAddress(s));
    LogFormat format = check(problems, () -> logFormat(s));
    String level = check(problems, () -> logLevel(s));
    Integer rateLimit = check(problems, () -> intValue(s, ConfigKeys.RATE_LIMIT, 1, 1000));
    Integer window = check(problems,
        () -> intValue(s, ConfigKeys.RATE_WINDOW_SECONDS, 1, 86_400));
    Integer cache = check(problems, () -> intValue(s, ConfigKeys.CACHE_SIZE, 0, 10_000_000));
    Integer shutdown = check(problems, () -> intValue(s, ConfigKeys.SHUTDOWN_SECONDS, 1, 60));
    Matching matching = check(problems, () -> Matching.parse(s.get(Matching.KEY).orElse(null)));
    AnswerSettings answers = matching == null ? null : check(problems,
        () -> AnswerSettings.of(matching)
            .withMinConfidence(s.get(AnswerSettings.MIN_CONFIDENCE_KEY).orElse(null)));
    // The adapters check their own settings again when they start; checking here as well means
    // that every mistake is reported at once, before anything connects.
    check(problems, () -> s.secret(ConfigKeys.DISCORD_TOKEN.name()));
    check(problems, () -> s.secret(ConfigKeys.TELEGRAM_BOT_TOKEN.name()));
    check(problems, () -> matches(s, ConfigKeys.DISCORD_GUILD_ID, SNOWFLAKE, "a Discord id (digits)"));
    check(problems, () -> url(s, ConfigKeys.DISCORD_API_URL, "http", "https"));
    check(problems, () -> url(s, ConfigKeys.DISCORD_GATEWAY_URL, "ws", "wss"));
    check(problems, () -> channelList(s));
    check(problems, () -> url(s, ConfigKeys.TELEGRAM_API_URL, "http", "https"));
    check(problems, () -> matches(s, ConfigKeys.TELEGRAM_ANNOUNCE_CHAT_ID, TELEGRAM_CHAT,
        "a Telegram chat id (digits, may start with -) or @channelname"));
    if (!problems.isEmpty()) {
      throw new InvalidConfiguration(problems);
    }
    return new OpsConfig(dataDir, corpusDir, http, format, level, rateLimit,
        Duration.ofSeconds(window), cache, Duration.ofSeconds(shutdown), matching, answers);
  }

  private static <T> T check(List<String> problems, Supplier<T> read) {
    try {
      return read.get();
    } catch (ConfigException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  private static String value(Settings s, ConfigKey key) {
    return s.get(key.name(), key.defaultValue());
  }

  private static Path path(Settings s, ConfigKey key) {
    String v = value(s, key);
    try {
      return Path.of(v);
    } catch (InvalidPathException e) {
      throw new ConfigException(key.name() + "=" + v + " is not a valid path: " + e.getReason());
    }
  }

  static InetSocketAddress httpAddress(Settings s) {
    String key = ConfigKeys.HTTP_ADDR.name();
    String v = value(s, ConfigKeys.HTTP_ADDR);
    if (v.equalsIgnoreCase("off")) {
      return null;
    }
    ConfigException bad = new ConfigException(key + "=" + v + " is not host:port or off");
    int colon = v.lastIndexOf(':');
    if (colon <= 0 || colon == v.length() - 1) {
      throw bad;
    }
    String host = v.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(v.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw bad;
    }
    if (port < 1 || port > 65_535) {
      throw new ConfigException(key + "=" + v + " has port " + port
          + ", must be between 1 and 65535");
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new ConfigException(key + "=" + v + " names an unknown host " + host);
    }
    return address;
  }

  private static LogFormat logFormat(Settings s) {
    String v = value(s, ConfigKeys.LOG_FORMAT);
    // Lower case only: logback.xml picks its appender by this exact name before main runs.
    return switch (v) {
      case "text" -> LogFormat.TEXT;
      case "json" -> LogFormat.JSON;
      default -> throw new ConfigException(
          ConfigKeys.LOG_FORMAT.name() + "=" + v + " is not text or json");
    };
  }

  private static String logLevel(Settings s) {
    String v = value(s, ConfigKeys.LOG_LEVEL);
    String level = v.toUpperCase(Locale.ROOT);
    if (!LEVELS.contains(level)) {
      throw new ConfigException(ConfigKeys.LOG_LEVEL.name() + "=" + v
          + " is not a log level, must be ERROR, WARN, INFO, DEBUG or TRACE");
    }
    return level;
  }

  private static int intValue(Settings s, ConfigKey key, int min, int max) {
    return s.getInt(key.name(), Integer.parseInt(key.defaultValue()), min, max);
  }

  private static Void matches(Settings s, ConfigKey key, Pattern pattern, String what) {
    s.get(key.name()).ifPresent(v -> {
      if (!pattern.matcher(v).matches()) {
        throw new ConfigException(key.name() + "=" + v + " is not " + what);
      }
    });
    return null;
  }

  private static Void channelList(Settings s) {
    ConfigKey key = ConfigKeys.DISCORD_AUTO_ANSWER_CHANNELS;
    s.get(key.name()).ifPresent(v -> {
      for (String part : v.split(",")) {
        if (!part.isBlank() && !SNOWFLAKE.matcher(part.strip()).matches()) {
          throw new ConfigException(key.name() + "=" + v
              + " is not a comma-separated list of Discord channel ids (" + part.strip()
              + " is not digits)");
        }
      }
    });
    return null;
  }

  private static Void url(Settings s, ConfigKey key, String... schemes) {
    s.get(key.name()).ifPresent(v -> {
      String allowed = String.join(":// or ", schemes) + "://";
      try {
        URI uri = new URI(v);
        if (uri.getHost() == null || !List.of(schemes).contains(uri.getScheme())) {
          throw new ConfigException(key.name() + "=" + v + " is not a URL starting with " + allowed);
        }
      } catch (URISyntaxException e) {
        throw new ConfigException(key.name() + "=" + v + " is not a URL starting with " + allowed);
      }
    });
    return null;
  }
}
