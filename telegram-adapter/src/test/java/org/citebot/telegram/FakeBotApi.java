package org.citebot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.TestBots;
import org.citebot.config.Settings;

/**
 * A fake Telegram Bot API on loopback: routes {@code /bot<token>/<method>}, serves queued updates
 * through getUpdates the way Telegram does (until a later offset confirms them), answers getFile
 * for files a test has put here and serves their bytes at {@code /file/bot<token>/<file_path>},
 * answers every other method with {@code {"ok":true,...}} and records each call (a file download
 * as method {@code "download"} with its {@code file_path}). Failures (HTTP 429, 502) can be queued
 * per method.
 */
public final class FakeBotApi implements AutoCloseable {

  public static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawq";
  static final long BOT_ID = 777;
  static final String BOT_USERNAME = "citebot_test_bot";
  private static final Duration EMPTY_POLL_DELAY = Duration.ofMillis(100);

  /** One request the bot made. */
  public record Call(String method, JsonNode body, long nanoTime) {
    public String chatId() {
      return body.path("chat_id").asText();
    }

    public String text() {
      return body.path("text").asText();
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  private final MockWebServer server = new MockWebServer();
  private final List<ObjectNode> pending = new ArrayList<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<MockResponse>> failures = new ConcurrentHashMap<>();
  private final AtomicInteger messageIds = new AtomicInteger(5000);
  /** Files getFile knows, by file_id. */
  private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

  private record StoredFile(String path, byte[] bytes) {}
  private int nextUpdateId = 1;

  public FakeBotApi() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          return route(request);
        } catch (Exception e) {
          return new MockResponse(500, okhttp3.Headers.of(), "{\"ok\":false,\"error_code\":500,"
              + "\"description\":\"fake server error: " + e.getClass().getSimpleName() + "\"}");
        }
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** Settings that point the real TelegramBots client at this fake, with extra key-value pairs. */
  public Settings settings(String... extra) {
    return TestBots.settings(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", url()), extra);
  }

  /** Stops the bot (if it started), then this fake. */
  public void closeAfter(ChatAdapter adapter) throws Exception {
    try {
      if (adapter != null) {
        adapter.close();
      }
    } finally {
      close();
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** Queues an update (without update_id); returns the id it was given. */
  public synchronized int enqueue(ObjectNode update) {
    int id = nextUpdateId++;
    update.put("update_id", id);
    pending.add(update);
    return id;
  }

  /**
   * Makes a file available as Telegram keeps a sent document: getFile with {@code fileId} answers
   * a file_path, and the bytes are served there.
   *
   * @return the file_path
   */
  String putFile(String fileId, String fileName, byte[] bytes) {
    String path = "documents/file_" + (files.size() + 1) + fileName.substring(
        Math.max(fileName.lastIndexOf('.'), 0));
    files.put(fileId, new StoredFile(path, bytes.clone()));
    return path;
  }

  /** The next call of {@code method} (lowercase) gets this HTTP error instead. */
  void failNext(String method, int code, String body) {
    failures.computeIfAbsent(method, k -> new ArrayDeque<>())
        .add(new MockResponse(code, okhttp3.Headers.of("Content-Type", "application/json"), body));
  }

  static String tooManyRequests(int retryAfter) {
    return "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
        + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}";
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  List<Call> sentTo(String chatId) {
    return calls.stream().filter(c -> c.method().equals("sendmessage") && c.chatId().equals(chatId))
        .toList();
  }

  /** Waits (bounded) for a call that matches. */
  public Call await(String method, Predicate<Call> match, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Call> found = calls.stream()
          .filter(c -> c.method().equals(method) && match.test(c)).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no matching " + method + " within " + timeout + "; calls were: "
        + calls.stream().map(c -> c.method() + " " + c.body()).toList());
  }

  private MockResponse route(RecordedRequest request) throws Exception {
    List<String> segments = request.getUrl().pathSegments();
    if (segments.size() > 2 && segments.get(0).equals("file")) {
      return download(segments);
    }
    if (segments.size() != 2 || !segments.get(0).equals("bot" + TOKEN)) {
      return new MockResponse(401, okhttp3.Headers.of(),
          "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    }
    String method = segments.get(1).toLowerCase(java.util.Locale.ROOT);
    String contentType = request.getHeaders().get("Content-Type");
    JsonNode body = request.getBody() == null || request.getBody().size() == 0
        ? JsonNodeFactory.instance.objectNode()
        : contentType != null && contentType.startsWith("multipart/form-data")
            ? multipart(request.getBody(), contentType)
            : json.readTree(request.getBody().utf8());
    calls.add(new Call(method, body, System.nanoTime()));
    Deque<MockResponse> failing = failures.get(method);
    if (failing != null) {
      synchronized (failing) {
        MockResponse f = failing.poll();
        if (f != null) {
          return f;
        }
      }
    }
    return switch (method) {
      case "getme" -> ok(json.createObjectNode().put("id", BOT_ID).put("is_bot", true)
          .put("first_name", "Citebot").put("username", BOT_USERNAME));
      case "getupdates" -> updates(body.path("offset").asInt(0));
      case "sendmessage", "sendphoto" -> ok(sentMessage(body));
      case "getfile" -> file(body.path("file_id").asText());
      default -> ok(JsonNodeFactory.instance.booleanNode(true));
    };
  }

  /**
   * An upload's form fields as JSON: text parts as strings, file parts as {@code {"filename",
   * "size", "png"}} (png: whether the bytes start with the PNG signature).
   */
  private static ObjectNode multipart(okio.ByteString raw, String contentType) throws IOException {
    String boundary = okhttp3.MediaType.get(contentType).parameter("boundary");
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    try (okhttp3.MultipartReader reader =
        new okhttp3.MultipartReader(new okio.Buffer().write(raw), boundary)) {
      okhttp3.MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"")
            .matcher(disposition);
        java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"")
            .matcher(disposition);
        okio.ByteString bytes = part.body().readByteString();
        if (!name.find()) {
          continue;
        }
        if (file.find()) {
          fields.putObject(name.group(1)).put("filename", file.group(1)).put("size", bytes.size())
              .put("png", bytes.rangeEquals(0, okio.ByteString.decodeHex("89504e470d0a1a0a"), 0, 8));
        } else {
          fields.put(name.group(1), bytes.utf8());
        }
      }
    }
    return fields;
  }

  private MockResponse file(String fileId) {
    StoredFile f = files.get(fileId);
    if (f == null) {
      return new MockResponse(400, okhttp3.Headers.of("Content-Type", "application/json"),
          "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
    }
    return ok(json.createObjectNode().put("file_id", fileId).put("file_unique_id", "u" + fileId)
        .put("file_size", f.bytes().length).put("file_path", f.path()));
  }

  /** {@code /file/bot<token>/<file_path>}: the stored bytes, as Telegram's file server does. */
  private MockResponse download(List<String> segments) {
    if (!segments.get(1).equals("bot" + TOKEN)) {
      return new MockResponse(401, okhttp3.Headers.of(), "Unauthorized");
    }
    String path = String.join("/", segments.subList(2, segments.size()));
    calls.add(new Call("download", json.createObjectNode().put("file_path", path),
        System.nanoTime()));
    return files.values().stream().filter(f -> f.path().equals(path)).findFirst()
        .map(f -> new MockResponse.Builder().code(200)
            .setHeader("Content-Type", "application/octet-stream")
            .body(new okio.Buffer().write(f.bytes())).build())
        .orElseGet(() -> new MockResponse(404, okhttp3.Headers.of(), "Not Found"));
  }

  private MockResponse updates(int offset) throws InterruptedException {
    ArrayNode result = json.createArrayNode();
    synchronized (this) {
      // As Telegram does: an offset confirms every update before it.
      for (Iterator<ObjectNode> it = pending.iterator(); it.hasNext(); ) {
        if (it.next().path("update_id").asInt() < offset) {
          it.remove();
        }
      }
      pending.forEach(result::add);
    }
    if (result.isEmpty()) {
      Thread.sleep(EMPTY_POLL_DELAY.toMillis());
    }
    return ok(result);
  }

  private ObjectNode sentMessage(JsonNode body) {
    long chatId = Long.parseLong(body.path("chat_id").asText("0"));
    ObjectNode m = json.createObjectNode();
    m.put("message_id", messageIds.incrementAndGet());
    m.put("date", 1_700_000_000);
    m.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "supergroup" : "private");
    m.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Citebot")
        .put("username", BOT_USERNAME);
    m.put("text", body.path("text").asText());
    return m;
  }

  private MockResponse ok(JsonNode result) {
    ObjectNode envelope = json.createObjectNode().put("ok", true);
    envelope.set("result", result);
    return new MockResponse(200, okhttp3.Headers.of("Content-Type", "application/json"),
        envelope.toString());
  }

  // ---- update builders ----

  static ObjectNode user(long id) {
    return JsonNodeFactory.instance.objectNode().put("id", id).put("is_bot", false)
        .put("first_name", "User" + id);
  }

  public static ObjectNode message(long chatId, String chatType, long userId, int messageId,
      String text) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("message_id", messageId);
    m.put("date", 1_700_000_000);
    ObjectNode chat = m.putObject("chat").put("id", chatId).put("type", chatType);
    if (!chatType.equals("private")) {
      chat.put("title", "Test group");
    }
    m.set("from", user(userId));
    if (text != null) {
      m.put("text", text);
      if (text.startsWith("/")) {
        int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
            .put("length", end);
      }
    }
    return m;
  }

  /** A message carrying a document, with {@code caption} marked as a bot command. */
  static ObjectNode document(long chatId, String chatType, long userId, int messageId,
      String fileId, String fileName, int size, String caption) {
    ObjectNode m = message(chatId, chatType, userId, messageId, null);
    m.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + fileId)
        .put("file_name", fileName).put("mime_type", "text/markdown").put("file_size", size);
    m.put("caption", caption);
    int end = caption.indexOf(' ') < 0 ? caption.length() : caption.indexOf(' ');
    m.putArray("caption_entities").addObject().put("type", "bot_command").put("offset", 0)
        .put("length", end);
    return m;
  }

  public static ObjectNode update(String kind, JsonNode payload) {
    ObjectNode u = JsonNodeFactory.instance.objectNode();
    u.set(kind, payload);
    return u;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
