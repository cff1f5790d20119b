package org.citebot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
