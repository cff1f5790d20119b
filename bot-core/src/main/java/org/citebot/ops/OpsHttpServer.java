package org.citebot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.citebot.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code /healthz} (the process is alive), {@code /readyz} (it can take
 * questions) and {@code /metrics} (Prometheus text format). Built on the JDK's HTTP server, which
 * is plenty for a scrape every few seconds.
 */
public final class OpsHttpServer implements AutoCloseable {

  public static final String HEALTH_PATH = "/healthz";
  public static final String READY_PATH = "/readyz";
  public static final String METRICS_PATH = "/metrics";

  private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;

  private OpsHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds {@code address} and starts serving.
   *
   * @throws ConfigException when the address cannot be bound (one line)
   */
  public static OpsHttpServer start(InetSocketAddress address, Readiness readiness,
      BotMetrics metrics) {
    HttpServer server;
    try {
      server = HttpServer.create(address, 16);
    } catch (BindException e) {
      throw new ConfigException(ConfigKeys.HTTP_ADDR.name() + "=" + display(address)
          + " cannot be used: " + e.getMessage() + " (another process on that port? set "
          + ConfigKeys.HTTP_ADDR.name() + " to a free host:port or off)");
    } catch (IOException e) {
      throw new ConfigException(ConfigKeys.HTTP_ADDR.name() + "=" + display(address)
          + " cannot be used: " + e.getMessage());
    }
    server.createContext(HEALTH_PATH, exchange(ex -> send(ex, 200, "text/plain; charset=utf-8",
        "ok\n")));
    server.createContext(READY_PATH, exchange(ex -> {
      List<String> waiting = readiness.notReady();
      ObjectNode body = JSON.createObjectNode();
      body.put("ready", waiting.isEmpty());
      body.putPOJO("notReady", waiting);
      send(ex, waiting.isEmpty() ? 200 : 503, "application/json",
          JSON.writeValueAsString(body) + "\n");
    }));
    server.createContext(METRICS_PATH, exchange(ex ->
        send(ex, 200, BotMetrics.CONTENT_TYPE, metrics.scrape())));
    // Two threads: a slow scrape must not hold up a health check.
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "citebot-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    LOG.info("operations endpoint on http://{} ({}, {}, {})", display(server.getAddress()),
        HEALTH_PATH, READY_PATH, METRICS_PATH);
    return new OpsHttpServer(server, executor);
  }

  /** The bound address (useful when the port was chosen by the system). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** host:port as an operator writes it (IPv6 in brackets). */
  public static String display(InetSocketAddress a) {
    String host = a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** Answers GET and HEAD on exactly the context path; anything else gets 404 or 405. */
  private static HttpHandler exchange(Handler handler) {
    return ex -> {
      try {
        if (!ex.getRequestURI().getPath().equals(ex.getHttpContext().getPath())) {
          send(ex, 404, "text/plain; charset=utf-8", "not found\n");
        } else if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
          ex.getResponseHeaders().set("Allow", "GET, HEAD");
          send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n");
        } else {
          handler.handle(ex);
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("{} {} failed: {}", ex.getRequestMethod(), ex.getRequestURI().getPath(),
            e.toString());
      } finally {
        ex.close();
      }
    };
  }

  private static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
