package org.citebot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.citebot.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code /healthz} (the process is alive), {@code /readyz} (it can take
 * questions) and {@code /metrics} (Prometheus text format).
 *
 * <p>A small HTTP/1.1 server of its own, one request per connection, because the container's
 * health check depends on it and it may listen on every interface: each connection has its own
 * virtual thread, so slow or silent clients never hold the thread a health check needs; a
 * request must arrive whole within {@link Limits#readTimeout} (default 5 s) and within 8 KB; at
 * most {@link Limits#maxConnections} (default 64) are open at once, and when a new one comes at
 * the cap the oldest that has not yet sent its whole request is closed, so that a flood of idle
 * connections gives way to a health check instead of locking it out. The JDK's
 * {@code com.sun.net.httpserver} has these limits only as JVM-wide system properties read once,
 * which a process cannot set reliably for one server.
 */
public final class OpsHttpServer implements AutoCloseable {

  public static final String HEALTH_PATH = "/healthz";
  public static final String READY_PATH = "/readyz";
  public static final String METRICS_PATH = "/metrics";

  /** Longest request head read (request line and headers); nothing here needs more. */
  static final int MAX_REQUEST_HEAD_BYTES = 8 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "text/plain; charset=utf-8";

  /**
   * How long a client may take and how many may be connected.
   *
   * @param readTimeout time from connecting to the end of the request head (default 5 s)
   * @param maxConnections connections open at once (default 64)
   */
  record Limits(Duration readTimeout, int maxConnections) {
    static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), 64);

    Limits {
      Objects.requireNonNull(readTimeout, "readTimeout");
      if (readTimeout.isNegative() || readTimeout.isZero()) {
        throw new IllegalArgumentException("illegal readTimeout: " + readTimeout
            + ", must be positive");
      }
      if (maxConnections < 1) {
        throw new IllegalArgumentException("illegal maxConnections: " + maxConnections
            + ", must be at least 1");
      }
    }
  }

  /** One open connection; {@code requestRead} once its request head has arrived whole. */
  private static final class Connection {
    final Socket socket;
    volatile boolean requestRead;

    Connection(Socket socket) {
      this.socket = socket;
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // already gone
      }
    }
  }

  private final ServerSocket listener;
  private final Readiness readiness;
  private final BotMetrics metrics;
  private final Limits limits;
  private final ConcurrentLinkedDeque<Connection> open = new ConcurrentLinkedDeque<>();
  private final Thread acceptor;
  private volatile boolean closed;

  private OpsHttpServer(ServerSocket listener, Readiness readiness, BotMetrics metrics,
      Limits limits) {
    this.listener = listener;
    this.readiness = readiness;
    this.metrics = metrics;
    this.limits = limits;
    this.acceptor = Thread.ofPlatform().daemon().name("citebot-http").unstarted(this::acceptLoop);
  }

  /**
   * Binds {@code address} and starts serving.
   *
   * @throws ConfigException when the address cannot be bound (one line)
   */
  public static OpsHttpServer start(InetSocketAddress address, Readiness readiness,
      BotMetrics metrics) {
    return start(address, readiness, metrics, Limits.DEFAULT);
  }

  static OpsHttpServer start(InetSocketAddress address, Readiness readiness, BotMetrics metrics,
      Limits limits) {
    ServerSocket listener;
    try {
      listener = new ServerSocket();
      listener.bind(address, 128);
    } catch (BindException e) {
      throw new ConfigException(ConfigKeys.HTTP_ADDR.name() + "=" + display(address)
          + " cannot be used: " + e.getMessage() + " (another process on that port? set "
          + ConfigKeys.HTTP_ADDR.name() + " to a free host:port or off)");
    } catch (IOException e) {
      throw new ConfigException(ConfigKeys.HTTP_ADDR.name() + "=" + display(address)
          + " cannot be used: " + e.getMessage());
    }
    OpsHttpServer server = new OpsHttpServer(listener, readiness, metrics, limits);
    server.acceptor.start();
    LOG.info("operations endpoint on http://{} ({}, {}, {})", display(server.address()),
        HEALTH_PATH, READY_PATH, METRICS_PATH);
    return server;
  }

  /** The bound address (useful when the port was chosen by the system). */
  public InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  /** Connections open now (for tests of the cap). */
  int openConnections() {
    return open.size();
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Connection c : open) {
      c.close();
    }
    open.clear();
  }

  /** host:port as an operator writes it (IPv6 in brackets). */
  public static String display(InetSocketAddress a) {
    String host = a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("operations endpoint stopped accepting: {}", e.toString());
        }
        return;
      }
      Connection c = new Connection(socket);
      makeRoom();
      open.addLast(c);
      Thread.ofVirtual().name("citebot-http-conn").start(() -> serve(c));
    }
  }

  /**
   * At the cap, closes the oldest connection still sending its request; when every connection
   * is being answered, the oldest of those. Its thread ends on the closed socket.
   */
  private void makeRoom() {
    while (open.size() >= limits.maxConnections()) {
      Connection victim = null;
      for (Iterator<Connection> it = open.iterator(); it.hasNext(); ) {
        Connection c = it.next();
        if (!c.requestRead) {
          victim = c;
          break;
        }
      }
      if (victim == null) {
        victim = open.peekFirst();
      }
      if (victim == null || !open.remove(victim)) {
        continue;
      }
      victim.close();
    }
  }

  private void serve(Connection c) {
    Socket socket = c.socket;
    try (socket) {
      String head;
      try {
        head = readHead(socket);
      } catch (SocketTimeoutException e) {
        respond(socket, "GET", 408, TEXT, "request timeout\n", null);
        return;
      } catch (HeadTooLarge e) {
        respond(socket, "GET", 431, TEXT, "request too large\n", null);
        return;
      }
      if (head == null) {
        return; // the client left without asking
      }
      c.requestRead = true;
      handle(socket, head);
    } catch (SocketException e) {
      // closed by the cap or by the client: nothing to answer
    } catch (IOException | RuntimeException e) {
      LOG.warn("operations endpoint request failed: {}", e.toString());
    } finally {
      open.remove(c);
    }
  }

  private static final class HeadTooLarge extends IOException {
    HeadTooLarge() {
      super("request head over " + MAX_REQUEST_HEAD_BYTES + " bytes");
    }
  }

  /**
   * The request head up to the blank line, or null when the client closed first.
   *
   * @throws SocketTimeoutException when it has not arrived within the read timeout
   */
  private String readHead(Socket socket) throws IOException {
    long deadline = System.nanoTime() + limits.readTimeout().toNanos();
    InputStream in = socket.getInputStream();
    byte[] buf = new byte[MAX_REQUEST_HEAD_BYTES];
    int n = 0;
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        throw new SocketTimeoutException("request not received in time");
      }
      // The whole head must arrive by the deadline: a client sending a byte at a time gets no
      // longer than a silent one.
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        return null;
      }
      n += r;
      int end = endOfHead(buf, n);
      if (end >= 0) {
        return new String(buf, 0, end, StandardCharsets.ISO_8859_1);
      }
      if (n == buf.length) {
        throw new HeadTooLarge();
      }
    }
  }

  /** Where the blank line after the headers starts, or -1 (CRLF, or bare LF as RFC 9112 allows). */
  private static int endOfHead(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] == '\n' && ((i + 1 < n && b[i + 1] == '\n')
          || (i + 2 < n && b[i + 1] == '\r' && b[i + 2] == '\n'))) {
        return i;
      }
    }
    return -1;
  }

  /** Answers GET and HEAD on exactly the three paths; anything else gets 400, 404 or 405. */
  private void handle(Socket socket, String head) throws IOException {
    String requestLine = head.lines().findFirst().orElse("").strip();
    String[] parts = requestLine.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      respond(socket, "GET", 400, TEXT, "bad request\n", null);
      return;
    }
    String method = parts[0];
    String target = parts[1];
    int query = target.indexOf('?');
    String path = query >= 0 ? target.substring(0, query) : target;
    boolean known = path.equals(HEALTH_PATH) || path.equals(READY_PATH)
        || path.equals(METRICS_PATH);
    if (!known) {
      respond(socket, method, 404, TEXT, "not found\n", null);
    } else if (!method.equals("GET") && !method.equals("HEAD")) {
      respond(socket, method, 405, TEXT, "method not allowed\n", "GET, HEAD");
    } else if (path.equals(HEALTH_PATH)) {
      respond(socket, method, 200, TEXT, "ok\n", null);
    } else if (path.equals(READY_PATH)) {
      List<String> waiting = readiness.notReady();
      ObjectNode body = JSON.createObjectNode();
      body.put("ready", waiting.isEmpty());
      body.putPOJO("notReady", waiting);
      respond(socket, method, waiting.isEmpty() ? 200 : 503, "application/json",
          JSON.writeValueAsString(body) + "\n", null);
    } else {
      respond(socket, method, 200, BotMetrics.CONTENT_TYPE, metrics.scrape(), null);
    }
  }

  private static void respond(Socket socket, String method, int status, String contentType,
      String body, String allow) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder h = new StringBuilder()
        .append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n")
        .append("Content-Type: ").append(contentType).append("\r\n")
        .append("Content-Length: ").append(bytes.length).append("\r\n")
        .append("Cache-Control: no-store\r\n")
        .append("Connection: close\r\n");
    if (allow != null) {
      h.append("Allow: ").append(allow).append("\r\n");
    }
    h.append("\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!method.toUpperCase(Locale.ROOT).equals("HEAD")) {
      out.write(bytes);
    }
    out.flush();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 431 -> "Request Header Fields Too Large";
      case 503 -> "Service Unavailable";
      default -> "Status";
    };
  }
}
