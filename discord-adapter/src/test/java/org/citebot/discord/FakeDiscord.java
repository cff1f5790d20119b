package org.citebot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.TestBots;
import org.citebot.config.Settings;

/**
 * A local stand-in for Discord on loopback: the REST API (recording every request), the
 * gateway (HELLO, READY after IDENTIFY, then whatever events a test dispatches) and the
 * attachment file server ({@code /attachments/...}, for files a test has put there). Only what
 * JDA needs to log in, answer interactions, reply to messages and download attachments is
 * implemented.
 */
public final class FakeDiscord implements AutoCloseable {

  static final String BOT_ID = "900000000000000001";
  public static final String APP_ID = "900000000000000002";
  static final String USER_ID = "900000000000000003";
  static final String GUILD_ID = "900000000000000004";
  static final String CHANNEL_ID = "900000000000000005";
  static final String DM_CHANNEL_ID = "900000000000000006";
  /** Another user, who did not ask: for clicks on buttons that are not theirs. */
  static final String OTHER_USER_ID = "900000000000000008";
  /** A server that is not the bot's home server. */
  static final String OTHER_GUILD_ID = "900000000000000009";
  /** Shaped like a bot token (three base64url parts), valid nowhere. */
  public static final String TOKEN = "OTAwMDAwMDAwMDAwMDAwMDAx.GfAkEt.ZmFrZS1zaWduYXR1cmUtZm9yLXRlc3RzLW9ubHk";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final long DISCORD_EPOCH_MILLIS = 1420070400000L;
  private static final AtomicInteger SNOWFLAKE_INCREMENT = new AtomicInteger();

  /**
   * A fresh id made as Discord makes them, from the current time: JDA reads an interaction's age
   * from its id and refuses to answer one that is more than 15 minutes old.
   */
  public static String snowflake() {
    long millis = System.currentTimeMillis() - DISCORD_EPOCH_MILLIS;
    return Long.toUnsignedString((millis << 22) | (SNOWFLAKE_INCREMENT.incrementAndGet() & 0xFFF));
  }

  /** A REST request as the fake saw it. */
  public record Call(String method, String path, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final LinkedBlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final List<Call> seen = new ArrayList<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger messageIds = new AtomicInteger(100);
  private final CountDownLatch identified = new CountDownLatch(1);
  /** Attachment bytes by path on this server. */
  private final Map<String, byte[]> attachments = new ConcurrentHashMap<>();
  private volatile WebSocket gateway;
  private volatile JsonNode identify;
  /** The GUILD_CREATE sent right after READY, for a bot that is a member of that guild. */
  private volatile ObjectNode memberOf;

  public FakeDiscord() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return respond(request);
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
  }

  public String gatewayUrl() {
    return "ws://127.0.0.1:" + server.getPort() + "/gateway";
  }

  /**
   * Makes the bot a member of a guild, as Discord does: READY lists it as unavailable and its
   * GUILD_CREATE follows. Call before the bot starts.
   */
  public void memberOf(ObjectNode guildCreate) {
    this.memberOf = guildCreate;
  }

  /** Settings that point the real JDA client at this fake, with {@code extra} key-value pairs. */
  public Settings settings(String... extra) {
    return TestBots.settings(Map.of("DISCORD_TOKEN", TOKEN, "DISCORD_API_URL", apiUrl(),
        "DISCORD_GATEWAY_URL", gatewayUrl()), extra);
  }

  /** Asserts that a message body's allowed_mentions is present and lets nothing through. */
  public static void assertNothingToParse(JsonNode body) {
    JsonNode allowed = body.path("allowed_mentions");
    org.junit.jupiter.api.Assertions.assertTrue(allowed.isObject(),
        "allowed_mentions is sent explicitly: " + body);
    org.junit.jupiter.api.Assertions.assertTrue(allowed.path("parse").isArray(), allowed.toString());
    for (String list : new String[] {"parse", "users", "roles"}) {
      org.junit.jupiter.api.Assertions.assertEquals(0, allowed.path(list).size(),
          list + " is empty: " + allowed);
    }
  }

  /** Stops the bot (if it started) within 25 s, then this fake. */
  public void closeAfter(ChatAdapter bot) throws Exception {
    try {
      if (bot != null) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(25), bot::close);
      }
    } finally {
      close();
    }
  }

  /**
   * Serves {@code bytes} as Discord's file server serves an uploaded attachment.
   *
   * @return the attachment's url
   */
  public String putAttachment(String attachmentId, String fileName, byte[] bytes) {
    String path = "/attachments/" + CHANNEL_ID + "/" + attachmentId + "/" + fileName;
    attachments.put(path, bytes.clone());
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  /** The IDENTIFY payload's data, once JDA has sent it. */
  public JsonNode awaitIdentify(Duration timeout) throws InterruptedException {
    if (!identified.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("no IDENTIFY within " + timeout);
    }
    return identify;
  }

  /** Sends a gateway dispatch (op 0) with the given event name and data. */
  public void dispatch(String event, ObjectNode data) {
    ObjectNode frame = JSON.createObjectNode();
    frame.put("op", 0).put("t", event).put("s", sequence.incrementAndGet()).set("d", data);
    gateway.send(frame.toString());
  }

  /** Waits for the first REST call, in arrival order, that matches. */
  public Call await(Predicate<Call> match, Duration timeout) throws InterruptedException {
    synchronized (seen) {
      for (Call c : seen) {
        if (match.test(c)) {
          seen.remove(c);
          return c;
        }
      }
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      Call c = calls.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
      if (c == null) {
        synchronized (seen) {
          throw new AssertionError("no matching request within " + timeout + "; saw " + seen);
        }
      }
      if (match.test(c)) {
        return c;
      }
      synchronized (seen) {
        seen.add(c);
      }
    }
  }

  private MockResponse respond(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.startsWith("/gateway")) {
      return new MockResponse.Builder().webSocketUpgrade(new Gateway()).build();
    }
    String body = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
    calls.add(new Call(request.getMethod(), path, body));
    if (path.startsWith("/attachments/")) {
      byte[] file = attachments.get(path);
      return file == null ? new MockResponse.Builder().code(404).build()
          : new MockResponse.Builder().code(200)
              .setHeader("Content-Type", "application/octet-stream")
              .body(new okio.Buffer().write(file)).build();
    }
    String api = "/api/v10";
    if (path.equals(api + "/users/@me")) {
      return json(200, user(BOT_ID, "citebot", true).toString());
    }
    if (path.startsWith(api + "/applications/") && path.endsWith("/commands")) {
      return json(200, "[]");
    }
    if (path.startsWith(api + "/interactions/")) {
      return new MockResponse.Builder().code(204).build();
    }
    if (path.startsWith(api + "/webhooks/") || path.startsWith(api + "/channels/")) {
      String channel = path.startsWith(api + "/channels/") ? path.split("/")[4] : CHANNEL_ID;
      return json(200, message(channel, body).toString());
    }
    return json(404, "{\"message\": \"Unknown\", \"code\": 0}");
  }

  private ObjectNode message(String channelId, String requestBody) {
    return botMessage("9000000000000" + messageIds.incrementAndGet(), channelId);
  }

  /** A message the bot sent, as Discord returns it: no content, no mentions. */
  private static ObjectNode botMessage(String id, String channelId) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", id).put("channel_id", channelId).put("type", 0).put("content", "");
    m.set("author", user(BOT_ID, "citebot", true));
    m.putArray("embeds");
    m.putArray("attachments");
    m.putArray("mentions");
    m.putArray("mention_roles");
    m.putArray("components");
    m.put("mention_everyone", false).put("pinned", false).put("tts", false).put("flags", 0);
    m.put("timestamp", "2023-05-22T10:00:00.000000+00:00");
    return m;
  }

  static ObjectNode user(String id, String name, boolean bot) {
    ObjectNode u = JSON.createObjectNode();
    u.put("id", id).put("username", name).put("discriminator", "0").put("global_name", name);
    u.putNull("avatar");
    u.put("bot", bot).put("verified", true).put("mfa_enabled", false).put("public_flags", 0);
    return u;
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  private final class Gateway extends WebSocketListener {
    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      gateway = webSocket;
      webSocket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      webSocket.close(code, null);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      try {
        JsonNode frame = JSON.readTree(text);
        switch (frame.path("op").asInt()) {
          case 1 -> webSocket.send("{\"op\":11}");
          case 2 -> {
            identify = frame.path("d");
            ready();
            identified.countDown();
          }
          default -> { }
        }
      } catch (IOException e) {
        throw new AssertionError("gateway frame is not JSON: " + text, e);
      }
    }

    private void ready() {
      ObjectNode d = JSON.createObjectNode();
      d.put("v", 10);
      d.set("user", user(BOT_ID, "citebot", true));
      ObjectNode guild = memberOf;
      ArrayNode guilds = d.putArray("guilds");
      if (guild != null) {
        guilds.addObject().put("id", guild.path("id").asText()).put("unavailable", true);
      }
      d.putArray("private_channels");
      d.put("session_id", "fake-session");
      d.put("resume_gateway_url", gatewayUrl());
      d.putObject("application").put("id", APP_ID).put("flags", 0);
      d.putArray("shard").add(0).add(1);
      dispatch("READY", d);
      if (guild != null) {
        dispatch("GUILD_CREATE", guild);
      }
    }
  }

  /** An INTERACTION_CREATE for a slash command with one string option, in a guild text channel. */
  public static ObjectNode slashCommand(String interactionId, String token, String command,
      String option, String value) {
    ObjectNode i = JSON.createObjectNode();
    i.put("id", interactionId).put("application_id", APP_ID).put("type", 2).put("token", token)
        .put("version", 1).put("guild_id", GUILD_ID).put("channel_id", CHANNEL_ID)
        .put("locale", "en-US").put("guild_locale", "en-US").put("context", 0)
        .put("app_permissions", "2248473465835073");
    i.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
    ObjectNode channel = i.putObject("channel");
    channel.put("id", CHANNEL_ID).put("type", 0).put("guild_id", GUILD_ID).put("name", "general")
        .put("position", 0).put("nsfw", false).put("permissions", "2248473465835073")
        .put("flags", 0);
    ObjectNode member = i.putObject("member");
    member.set("user", user(USER_ID, "reader", false));
    member.putArray("roles");
    member.put("joined_at", "2023-01-01T00:00:00.000000+00:00").put("deaf", false)
        .put("mute", false).put("flags", 0).put("permissions", "2248473465835073");
    i.putArray("entitlements");
    i.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    ObjectNode data = i.putObject("data");
    data.put("id", "900000000000000010").put("name", command).put("type", 1);
    if (option != null) {
      data.putArray("options").addObject().put("name", option).put("type", 3).put("value", value);
    }
    return i;
  }

  /**
   * An INTERACTION_CREATE for a slash command with one attachment option: the option's value is
   * the attachment's id, and the attachment itself is in {@code data.resolved.attachments}, as
   * Discord sends it.
   */
  public static ObjectNode attachmentCommand(String interactionId, String token, String command,
      String option, String attachmentId, String fileName, int size, String url) {
    ObjectNode i = slashCommand(interactionId, token, command, null, null);
    ObjectNode data = (ObjectNode) i.path("data");
    data.putArray("options").addObject().put("name", option).put("type", 11)
        .put("value", attachmentId);
    ObjectNode attachment = data.putObject("resolved").putObject("attachments")
        .putObject(attachmentId);
    attachment.put("id", attachmentId).put("filename", fileName).put("size", size)
        .put("url", url).put("proxy_url", url).put("content_type", "text/markdown; charset=utf-8")
        .put("ephemeral", true);
    return i;
  }

  /** Permissions a server typically grants everyone: view, send, embed links, read history... */
  static final String EVERYONE_PERMISSIONS = "2248473465835073";

  /**
   * A GUILD_CREATE for a server with one text channel and the bot as a member, holding only the
   * fields JDA reads when it builds the guild (roles, channels, members, threads, emojis, voice
   * states, scheduled events, member count) and {@code unavailable: false}. The bot's own member
   * entry is included because JDA checks its permissions before it sends anything there.
   */
  static ObjectNode guildCreate() {
    ObjectNode g = JSON.createObjectNode();
    g.put("id", GUILD_ID).put("name", "citebot test server").putNull("icon");
    g.put("owner_id", USER_ID).put("unavailable", false).put("large", false)
        .put("member_count", 2).put("joined_at", "2023-01-01T00:00:00.000000+00:00")
        .put("preferred_locale", "en-US").put("verification_level", 0).put("mfa_level", 0)
        .put("default_message_notifications", 0).put("explicit_content_filter", 0)
        .put("nsfw_level", 0).put("premium_tier", 0).put("afk_timeout", 300)
        .put("system_channel_flags", 0).put("premium_progress_bar_enabled", false);
    g.putArray("features");
    ObjectNode everyone = g.putArray("roles").addObject();
    // The @everyone role has the guild's id.
    everyone.put("id", GUILD_ID).put("name", "@everyone").put("permissions", EVERYONE_PERMISSIONS)
        .put("position", 0).put("color", 0).put("hoist", false).put("managed", false)
        .put("mentionable", false).put("flags", 0);
    everyone.putObject("colors").put("primary_color", 0);
    ObjectNode channel = g.putArray("channels").addObject();
    channel.put("id", CHANNEL_ID).put("type", 0).put("name", "general").put("position", 0)
        .put("nsfw", false).put("rate_limit_per_user", 0).put("flags", 0);
    channel.putArray("permission_overwrites");
    ObjectNode self = g.putArray("members").addObject();
    self.set("user", user(BOT_ID, "citebot", true));
    self.putArray("roles");
    self.put("joined_at", "2023-01-01T00:00:00.000000+00:00").put("deaf", false)
        .put("mute", false).put("flags", 0);
    g.putArray("threads");
    g.putArray("emojis");
    g.putArray("stickers");
    g.putArray("voice_states");
    g.putArray("presences");
    g.putArray("guild_scheduled_events");
    g.putArray("stage_instances");
    g.putArray("soundboard_sounds");
    return g;
  }

  /** A MESSAGE_CREATE from the test user in the server's text channel. */
  static ObjectNode guildMessage(String messageId, String content) {
    ObjectNode m = directMessage(messageId, content);
    m.put("channel_id", CHANNEL_ID).put("guild_id", GUILD_ID);
    ObjectNode member = m.putObject("member");
    member.putArray("roles");
    member.put("joined_at", "2023-01-01T00:00:00.000000+00:00").put("deaf", false)
        .put("mute", false).put("flags", 0);
    return m;
  }

  /** An INTERACTION_CREATE for a click on a button of one of the bot's messages in a guild. */
  static ObjectNode buttonClick(String interactionId, String token, String customId) {
    ObjectNode i = slashCommand(interactionId, token, "unused", null, null);
    i.put("type", 3);
    ObjectNode data = i.putObject("data");
    data.put("custom_id", customId).put("component_type", 2);
    i.set("message", botMessage("900000000000000077", CHANNEL_ID));
    return i;
  }

  /** A MESSAGE_CREATE from the test user in a DM with the bot. */
  static ObjectNode directMessage(String messageId, String content) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", messageId).put("channel_id", DM_CHANNEL_ID).put("type", 0).put("content", content);
    m.set("author", user(USER_ID, "reader", false));
    m.putArray("embeds");
    m.putArray("attachments");
    m.putArray("mentions").add(user(BOT_ID, "citebot", true));
    m.putArray("mention_roles");
    m.putArray("components");
    m.put("mention_everyone", false).put("pinned", false).put("tts", false).put("flags", 0);
    m.put("timestamp", "2023-05-22T10:00:00.000000+00:00");
    return m;
  }

  @Override
  public void close() throws IOException {
    WebSocket ws = gateway;
    if (ws != null) {
      ws.close(1000, "test over");
    }
    server.close();
  }
}
