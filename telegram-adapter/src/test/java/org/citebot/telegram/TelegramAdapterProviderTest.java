package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapterProvider;
import org.citebot.chat.FeedbackLog;
import org.citebot.chat.RateLimiter;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class TelegramAdapterProviderTest {

  @TempDir
  Path dir;

  private BotContext context(Map<String, String> settings) {
    return new BotContext(new Fixtures.FakeAnswers(), Settings.of(settings),
        new FeedbackLog(dir.resolve("f.jsonl"), Clock.systemUTC()),
        new RateLimiter(5, Duration.ofSeconds(30), System::nanoTime), new SimpleMeterRegistry(),
        Clock.systemUTC());
  }

  @Test
  void serviceLoader_findsTheTelegramProvider() {
    ChatAdapterProvider p = ServiceLoader.load(ChatAdapterProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(x -> x.name().equals("telegram")).findFirst()
        .orElseThrow();
    assertEquals("TELEGRAM_BOT_TOKEN", p.tokenVariable());
    assertFalse(p.isConfigured(Settings.of(Map.of())));
    assertTrue(p.isConfigured(Settings.of(Map.of("TELEGRAM_BOT_TOKEN", "x"))));
  }

  @Test
  void start_malformedToken_failsWithOneLineWithoutTheToken() {
    ConfigException e = assertThrows(ConfigException.class, () -> new TelegramAdapterProvider()
        .start(context(Map.of("TELEGRAM_BOT_TOKEN", "12345:secretButShort"))));
    assertFalse(e.getMessage().contains("secretButShort"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void start_tokenRejectedByTelegram_failsWithoutTheToken() throws Exception {
    String wrong = "987654321:ZZZdqTcvCH1vGWJxfSeofSAs0K5PALDsawq";
    try (FakeBotApi api = new FakeBotApi()) {
      ConfigException e = assertThrows(ConfigException.class, () -> new TelegramAdapterProvider()
          .start(context(Map.of("TELEGRAM_BOT_TOKEN", wrong, "TELEGRAM_API_URL", api.url()))));
      assertTrue(e.getMessage().startsWith("Telegram rejected TELEGRAM_BOT_TOKEN"), e.getMessage());
      assertFalse(e.getMessage().contains("ZZZdq"), e.getMessage());
    }
  }

  @Test
  void start_apiUrlOfAWebSiteNotTheBotApi_isReportedAsUnreachableNotAsABadToken()
      throws Exception {
    try (mockwebserver3.MockWebServer site = new mockwebserver3.MockWebServer()) {
      // A web server at the wrong address answers every path with its own "not found" page.
      site.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
          return new mockwebserver3.MockResponse(404,
              okhttp3.Headers.of("Content-Type", "text/html"),
              "<html><body><h1>Not Found</h1></body></html>");
        }
      });
      site.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
      String url = "http://127.0.0.1:" + site.getPort();

      ConfigException e = assertThrows(ConfigException.class, () -> new TelegramAdapterProvider()
          .start(context(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
              "TELEGRAM_API_URL", url))));

      assertTrue(e.getMessage().startsWith("cannot reach the Telegram Bot API at " + url),
          e.getMessage());
      assertTrue(e.getMessage().contains("TELEGRAM_API_URL"), e.getMessage());
      assertFalse(e.getMessage().contains("rejected"), e.getMessage());
      assertFalse(e.getMessage().contains("AAHdq"), e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }

  @Test
  void start_unreachableApi_failsWithOneClearLine() {
    ConfigException e = assertThrows(ConfigException.class, () -> new TelegramAdapterProvider()
        .start(context(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
            "TELEGRAM_API_URL", "http://127.0.0.1:9"))));
    assertTrue(e.getMessage().startsWith("cannot reach the Telegram Bot API at http://127.0.0.1:9"),
        e.getMessage());
    assertFalse(e.getMessage().contains("AAHdq"), e.getMessage());
  }
}
