package org.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
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
import org.citebot.ops.ConfigKey;
import org.citebot.ops.ConfigKeys;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code citebot run} as a real process with the test-only "fakechat" adapter: it becomes
 * ready, counts a question in /metrics, never logs its token, and exits 0 promptly on SIGTERM.
 */
class RunProcessTest {

  static final String TOKEN = "fakechat-token-4f1d9a7c2b";

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"lexical", "semantic"})
  @Timeout(value = 40, unit = TimeUnit.SECONDS)
  void run_withFakeAdapter_getsReadyCountsQuestionsAndStopsOnSigterm(String matching)
      throws Exception {
    int port = freePort();
    Path data = tmp.resolve("data");
    Path log = tmp.resolve("stderr.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "org.citebot.cli.Main", "run")
        .redirectOutput(tmp.resolve("stdout.log").toFile())
        .redirectError(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = pb.environment();
    for (ConfigKey k : ConfigKeys.ALL) {
      env.remove(k.name());
      env.remove(k.fileVariant());
    }
    env.put("FAKECHAT_TOKEN", TOKEN);
    env.put("FAKECHAT_QUESTION", "When was the checkpoint set up?");
    env.put("FAKECHAT_CLOSE_MILLIS", "300");
    env.put("CITEBOT_HTTP_ADDR", "127.0.0.1:" + port);
    env.put("CITEBOT_DATA_DIR", data.toString());
    // TRACE: the most the log can say, and still no token.
    env.put("CITEBOT_LOG_LEVEL", "TRACE");
    // Semantic: the sentence model loads and embeds the corpus in the background meanwhile.
    env.put("CITEBOT_MATCHING", matching);
    Process p = pb.start();
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      awaitReady(client, port, p, log);

      String metrics = get(client, port, "/metrics").body();
      assertTrue(metrics.contains(
          "citebot_questions_total{outcome=\"answered\",platform=\"fakechat\"} 1.0"), metrics);
      assertTrue(metrics.contains("citebot_answer_latency_seconds_count 1"), metrics);
      assertTrue(metrics.contains("citebot_answer_latency_seconds_bucket{le="), metrics);
      assertTrue(metrics.contains("citebot_cache_hit_ratio"), metrics);
      assertTrue(Files.isDirectory(data.resolve("corpus")));

      long t0 = System.nanoTime();
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(10, TimeUnit.SECONDS), "exits within 10 s of SIGTERM");
      long millis = (System.nanoTime() - t0) / 1_000_000;

      String stderr = Files.readString(log);
      assertEquals(0, p.exitValue(), stderr);
      assertTrue(millis < 10_000, "took " + millis + " ms");
      assertTrue(stderr.contains("SIGTERM received: stopping"), stderr);
      assertTrue(stderr.contains("fakechat bot stopped"), stderr);
      assertTrue(stderr.contains("stopped in"), stderr);
      assertFalse(stderr.contains(TOKEN), "the token never reaches the log");
      assertTrue(stderr.contains("https://fakechat.invalid/bot****/getMe"), stderr);
      assertFalse(stderr.contains("vector incubator"), "Lucene's JUL notice is quieted");
    } finally {
      p.destroyForcibly();
    }
  }

  private static void awaitReady(HttpClient client, int port, Process p, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new AssertionError("exited with " + p.exitValue() + ": " + Files.readString(log));
      }
      try {
        HttpResponse<String> r = get(client, port, "/readyz");
        if (r.statusCode() == 200) {
          assertEquals("{\"ready\":true,\"notReady\":[]}\n", r.body());
          return;
        }
        last = r.statusCode() + " " + r.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not ready in time, last /readyz: " + last + "\n"
        + Files.readString(log));
  }

  private static HttpResponse<String> get(HttpClient client, int port, String path)
      throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

}
