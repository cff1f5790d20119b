package org.citebot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.discord.FakeDiscord;
import org.citebot.telegram.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./citebot run} as a real process with both tokens, against the fake Discord (REST and
 * gateway) and the fake Telegram Bot API on loopback: both bots connect, the process turns
 * ready, a question on each platform is answered and counted, and SIGTERM stops it with exit 0.
 */
@Timeout(90)
class BothPlatformsIT {

  private static final String QUESTION = "When was the checkpoint set up?";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long TELEGRAM_CHAT = 4242;
  private static final Pattern QUESTIONS =
      Pattern.compile("(?m)^citebot_questions_total\\{([^}]*)\\} (\\S+)$");

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  @Test
  void run_withBothTokens_answersOnEachPlatformCountsBothAndExits0OnSigterm() throws Exception {
    try (FakeDiscord discord = new FakeDiscord(); FakeBotApi telegram = new FakeBotApi()) {
      int port = freePort();
      ProcessBuilder pb = ChildProcess.viaLauncher(dir, "run");
      Map<String, String> env = pb.environment();
      env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
      env.put("DISCORD_API_URL", discord.apiUrl());
      env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
      env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
      env.put("TELEGRAM_API_URL", telegram.url());
      env.put("CITEBOT_HTTP_ADDR", "127.0.0.1:" + port);
      env.put("CITEBOT_DATA_DIR", dir.resolve("data").toString());
      Process p = pb.start();
      try {
        awaitReady(port, p);

        String interaction = FakeDiscord.snowflake();
        discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
            interaction, "token-both-1", "ask", "question", QUESTION));
        FakeDiscord.Call edit = discord.await(c -> c.path().equals("/api/v10/webhooks/"
            + FakeDiscord.APP_ID + "/token-both-1/messages/@original"), WAIT);
        assertTrue(edit.body().contains("23 April"), edit.body());

        telegram.enqueue(FakeBotApi.update("message", FakeBotApi.message(
            TELEGRAM_CHAT, "private", TELEGRAM_CHAT, 1, QUESTION)));
        FakeBotApi.Call sent = telegram.await("sendmessage", c -> c.chatId()
            .equals(String.valueOf(TELEGRAM_CHAT)) && c.text().contains("<blockquote>"), WAIT);
        assertTrue(sent.text().contains("23 April"), sent.text());

        // An outcome is counted once its reply is sent, so the count may trail the reply the
        // fake server has just seen by a moment.
        String metrics = awaitMetrics(port, m -> answered(m, "discord") >= 1
            && answered(m, "telegram") >= 1);
        assertTrue(answered(metrics, "discord") >= 1, metrics);
        assertTrue(answered(metrics, "telegram") >= 1, metrics);

        long t0 = System.nanoTime();
        p.destroy(); // SIGTERM; the launcher execs java, so the signal reaches the JVM itself
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "exits within 10 s of SIGTERM\n" + stderr());
        System.out.printf("both bots stopped %d ms after SIGTERM%n",
            (System.nanoTime() - t0) / 1_000_000);
        String stderr = stderr();
        assertEquals(0, p.exitValue(), stderr);
        assertTrue(stderr.contains("discord bot stopped"), stderr);
        assertTrue(stderr.contains("telegram bot stopped"), stderr);
        assertFalse(stderr.contains(FakeDiscord.TOKEN), "the Discord token is never logged");
        assertFalse(stderr.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1)),
            "the Telegram token is never logged");
      } finally {
        p.destroyForcibly();
      }
    }
  }

  /** The count of answered questions on one platform, 0 if the series is absent. */
  private static double answered(String metrics, String platform) {
    double total = 0;
    Matcher m = QUESTIONS.matcher(metrics);
    while (m.find()) {
      if (m.group(1).contains("platform=\"" + platform + "\"")
          && m.group(1).contains("outcome=\"answered\"")) {
        total += Double.parseDouble(m.group(2));
      }
    }
    return total;
  }

  /** The metrics page once it satisfies {@code done}, or as it is when {@link #WAIT} runs out. */
  private String awaitMetrics(int port, java.util.function.Predicate<String> done)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String metrics = get(port, "/metrics").body();
    while (!done.test(metrics) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      metrics = get(port, "/metrics").body();
    }
    return metrics;
  }

  private void awaitReady(int port, Process p) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError("exited with " + p.exitValue() + " before ready:\n" + stderr());
      }
      try {
        HttpResponse<String> r = get(port, "/readyz");
        if (r.statusCode() == 200) {
          return;
        }
        last = r.statusCode() + " " + r.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not ready within " + WAIT + "; last /readyz: " + last + "\n"
        + stderr());
  }

  private HttpResponse<String> get(int port, String path) throws IOException,
      InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String stderr() throws IOException {
    return Files.readString(dir.resolve("stderr.txt"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
