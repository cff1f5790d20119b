package org.citebot.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram settings, checked at start so that a mistake fails with one clear line.
 *
 * @param token the bot token from @BotFather; never printed ({@link #toString()} masks it)
 * @param apiUrl the Bot API base URL, scheme, host and optional port only (default
 *     {@value #DEFAULT_API_URL}; a self-hosted Bot API server or a test server otherwise)
 * @param announceChat where announcements go: a chat id such as -1001234567890 or a public
 *     channel's @username; empty when announcements are off
 */
record TelegramConfig(String token, URI apiUrl, Optional<String> announceChat) {

  static final String TOKEN = "TELEGRAM_BOT_TOKEN";
  static final String API_URL = "TELEGRAM_API_URL";
  static final String ANNOUNCE_CHAT_ID = "TELEGRAM_ANNOUNCE_CHAT_ID";
  static final String DEFAULT_API_URL = "https://api.telegram.org";

  private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d+:[A-Za-z0-9_-]{30,}");
  private static final Pattern CHAT = Pattern.compile("-?\\d{1,20}|@[A-Za-z0-9_]{5,32}");

  TelegramConfig {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(announceChat, "announceChat");
  }

  /**
   * Reads and checks the settings.
   *
   * @throws ConfigException when the token is missing or malformed (the message never contains
   *     it), or the URL or chat id is malformed
   */
  static TelegramConfig from(Settings settings) {
    String token = settings.secret(TOKEN).orElseThrow(() -> new ConfigException(TOKEN
        + " is not set: set it (or " + TOKEN + "_FILE) to the token @BotFather gave the bot"));
    if (!TOKEN_SHAPE.matcher(token).matches()) {
      throw new ConfigException(TOKEN + " is malformed: expected digits, a colon and at least 30 "
          + "letters, digits, '_' or '-', as @BotFather gives it (value not shown)");
    }
    String url = settings.get(API_URL, DEFAULT_API_URL);
    Optional<String> announce = settings.get(ANNOUNCE_CHAT_ID);
    if (announce.isPresent() && !CHAT.matcher(announce.get()).matches()) {
      throw new ConfigException(ANNOUNCE_CHAT_ID + "=" + announce.get()
          + " is malformed: expected a chat id such as -1001234567890 or a channel's @username");
    }
    return new TelegramConfig(token, parseApiUrl(url), announce);
  }

  private static URI parseApiUrl(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new ConfigException(API_URL + "=" + url + " is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    String path = uri.getRawPath();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
        || (path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null
        || uri.getRawUserInfo() != null) {
      throw new ConfigException(API_URL + "=" + url + " is not a Bot API base URL: expected "
          + "http(s)://host[:port] without a path, e.g. " + DEFAULT_API_URL);
    }
    return uri;
  }

  /** The URL in the form the TelegramBots library takes. */
  TelegramUrl telegramUrl() {
    int port = apiUrl.getPort() >= 0 ? apiUrl.getPort() : apiUrl.getScheme().equals("https") ? 443 : 80;
    return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
  }

  /** Where the Bot API serves files: {@code <api url>/file/bot<token>/}. */
  HttpUrl fileUrl() {
    return HttpUrl.get(apiUrl.toString()).newBuilder().addPathSegment("file")
        .addPathSegment("bot" + token).addPathSegment("").build();
  }

  @Override
  public String toString() {
    return "TelegramConfig[token=****, apiUrl=" + apiUrl + ", announceChat="
        + announceChat.orElse("(none)") + "]";
  }
}
