package org.citebot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citebot.chat.ChatAdapter;
import org.citebot.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsHttpServerTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private final Readiness readiness = new Readiness();
  private final BotMetrics metrics = new BotMetrics();
  private OpsHttpServer server;

  @BeforeEach
  void start() {
    server = OpsHttpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        readiness, metrics);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void healthz_answersOk() throws Exception {
    HttpResponse<String> r = get("/healthz");

    assertEquals(200, r.statusCode());
    assertEquals("ok\n", r.body());
  }

  @Test
  void readyz_flipsWithIndexAndAdapterAndStop() throws Exception {
    AtomicBoolean connected = new AtomicBoolean(false);
    readiness.expect("discord");

    assertEquals(503, get("/readyz").statusCode());
    assertEquals("{\"ready\":false,\"notReady\":[\"index loading\",\"discord starting\"]}\n",
        get("/readyz").body());

    readiness.indexLoaded();
    readiness.started(adapter("discord", connected));
    assertEquals("{\"ready\":false,\"notReady\":[\"discord not connected\"]}\n",
        get("/readyz").body());

    connected.set(true);
    HttpResponse<String> ready = get("/readyz");
    assertEquals(200, ready.statusCode());
    assertEquals("{\"ready\":true,\"notReady\":[]}\n", ready.body());
    assertEquals("application/json", ready.headers().firstValue("Content-Type").orElseThrow());

    readiness.stopping();
    assertEquals(503, get("/readyz").statusCode());
  }

  @Test
  void metrics_servesPrometheusTextWithCitebotMeters() throws Exception {
    metrics.registerPlatform("console");
    metrics.questions("console", org.citebot.chat.Outcome.ANSWERED).increment();

    HttpResponse<String> r = get("/metrics");

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    assertTrue(r.body().contains(
        "citebot_questions_total{outcome=\"answered\",platform=\"console\"} 1.0"), r.body());
    assertTrue(r.body().contains(
        "citebot_questions_total{outcome=\"rate_limited\",platform=\"console\"} 0.0"));
    assertTrue(r.body().contains("citebot_answer_latency_seconds_count 0"));
    assertTrue(r.body().contains("citebot_errors_total 0.0"));
    assertTrue(r.body().contains("citebot_refreshes_total 0.0"));
  }

  @Test
  void unknownPathOrMethod_isRefused() throws Exception {
    assertEquals(404, get("/healthz/extra").statusCode());
    assertEquals(404, get("/").statusCode());
    HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/healthz"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  void start_portInUse_failsWithOneLineNamingTheKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> OpsHttpServer.start(server.address(), readiness, metrics));

    assertTrue(e.getMessage().startsWith("CITEBOT_HTTP_ADDR=127.0.0.1:" + server.address().getPort()
        + " cannot be used: "), e.getMessage());
  }

  @Test
  void healthCheck_exitsZeroWhenHealthyAndOneWhenNot() {
    String addr = "127.0.0.1:" + server.address().getPort();
    assertEquals(0, HealthCheck.check(java.util.Map.of("CITEBOT_HTTP_ADDR", addr)));
    server.close();
    assertEquals(1, HealthCheck.check(java.util.Map.of("CITEBOT_HTTP_ADDR", addr)));
  }

  @Test
  void healthCheck_wildcardBind_isCheckedOnLoopback() {
    assertEquals(URI.create("http://127.0.0.1:8080/healthz"), HealthCheck.uri(
        org.citebot.config.Settings.of(java.util.Map.of("CITEBOT_HTTP_ADDR", "0.0.0.0:8080"))));
    assertEquals(URI.create("http://127.0.0.1:8080/healthz"),
        HealthCheck.uri(org.citebot.config.Settings.of(java.util.Map.of())));
  }

  @Test
  void healthz_answersWithinOneSecondWhileFiftyClientsHoldConnectionsOpen() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
        // Half of them send part of a request and stall, half send nothing at all.
        if (i % 2 == 0) {
          s.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\n"
              .getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
        }
        idle.add(s);
      }

      long t0 = System.nanoTime();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/healthz"))
          .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, r.statusCode());
      assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "answered within 1 s");
    } finally {
      for (Socket s : idle) {
        s.close();
      }
    }
  }

  @Test
  void silentClient_isAnsweredRequestTimeoutAndClosedAfterTheReadTimeout() throws Exception {
    try (OpsHttpServer quick = OpsHttpServer.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), readiness, metrics,
        new OpsHttpServer.Limits(Duration.ofMillis(300), 64));
        Socket s = new Socket(InetAddress.getLoopbackAddress(), quick.address().getPort())) {
      s.setSoTimeout(5_000);
      // A byte at a time does not stretch the time limit.
      s.getOutputStream().write('G');
      Thread.sleep(150);
      s.getOutputStream().write('E');

      String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

      assertTrue(reply.startsWith("HTTP/1.1 408 Request Timeout\r\n"), reply);
    }
  }

  @Test
  void connectionCap_closesTheOldestIdleConnectionsAndStillAnswers() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try (OpsHttpServer capped = OpsHttpServer.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), readiness, metrics,
        new OpsHttpServer.Limits(Duration.ofSeconds(30), 4))) {
      for (int i = 0; i < 10; i++) {
        idle.add(new Socket(InetAddress.getLoopbackAddress(), capped.address().getPort()));
      }
      URI health = URI.create("http://127.0.0.1:" + capped.address().getPort() + "/healthz");

      HttpResponse<String> r = client.send(HttpRequest.newBuilder(health)
          .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(200, r.statusCode());
      assertTrue(capped.openConnections() <= 4, capped.openConnections() + " open");
      idle.get(0).setSoTimeout(2_000);
      assertEquals(-1, idle.get(0).getInputStream().read(), "the oldest idle one was closed");
    } finally {
      for (Socket s : idle) {
        s.close();
      }
    }
  }

  @Test
  void headRequestAndQuery_areServed() throws Exception {
    HttpResponse<String> head = client.send(HttpRequest.newBuilder(uri("/healthz?probe=1"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());

    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals("no-store", head.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void oversizedRequestHead_isRefused() throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
      s.setSoTimeout(5_000);
      s.getOutputStream().write(("GET /healthz HTTP/1.1\r\nX: " + "a".repeat(10_000))
          .getBytes(StandardCharsets.US_ASCII));

      String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

      assertTrue(reply.startsWith("HTTP/1.1 431 "), reply);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
  }

  private static ChatAdapter adapter(String name, AtomicBoolean connected) {
    return new ChatAdapter() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean isReady() {
        return connected.get();
      }

      @Override
      public void close() {}
    };
  }
}
