package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.citebot.answer.Answer;
import org.citebot.answer.Quote;
import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.TestBots;
import org.citebot.config.Settings;
import org.citebot.serving.Articles;
import org.citebot.serving.CorpusManager;
import org.citebot.serving.PageFetcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderator commands through the real TelegramBots client and long polling against the fake
 * Bot API, on a real corpus directory.
 */
@Timeout(60)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramModeratorCommandsTest {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long STRANGER = 1001;
  private static final long MODERATOR = 4242;
  private static final long CHAT_ADMIN = 5151;
  private static final String MODERATOR_CHAT = "-100555";
  private static final String ANNOUNCE_CHAT = "-100999";

  @TempDir static Path dir;

  private static FakeBotApi api;
  private static ChatAdapter adapter;
  private static CorpusManager manager;
  private static Path corpus;
  private static int messageIds = 100;


  @BeforeAll
  static void start() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("amber.txt"), Articles.festival("Amber"));
    Files.writeString(corpus.resolve("birch.txt"), Articles.festival("Birch"));
    manager = CorpusManager.open(corpus, dir.resolve("data"),
        new PageFetcher(Duration.ofSeconds(2), true), Duration.ZERO, Clock.systemUTC());
    api = new FakeBotApi();
    Settings settings = api.settings("TELEGRAM_ANNOUNCE_CHAT_ID", ANNOUNCE_CHAT,
        "TELEGRAM_MODERATOR_IDS", "12, " + MODERATOR, "TELEGRAM_MODERATOR_CHAT_ID", MODERATOR_CHAT);
    BotContext ctx = TestBots.context(manager.answers(), settings, dir.resolve("feedback.jsonl"), 5,
        new SimpleMeterRegistry());
    adapter = new TelegramAdapterProvider().start(ctx);
  }

  @AfterAll
  static void stop() throws Exception {
    if (api != null) {
      api.closeAfter(adapter);
    }
    if (manager != null) {
      manager.close();
    }
  }

  private static String chatMember(long userId, String status) {
    return "{\"ok\":true,\"result\":{\"status\":\"" + status + "\",\"user\":{\"id\":" + userId
        + ",\"is_bot\":false,\"first_name\":\"U\"}" + (status.equals("creator")
        ? ",\"is_anonymous\":false" : "") + "}}";
  }

  /** Sends {@code text} from {@code user} in a private chat; returns the bot's reply text. */
  private static String send(long user, String text) throws InterruptedException {
    int id = ++messageIds;
    int before = api.sentTo(Long.toString(user)).size();
    api.enqueue(FakeBotApi.update("message",
        FakeBotApi.message(user, "private", user, id, text)));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (api.sentTo(Long.toString(user)).size() <= before) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no reply to " + text);
      }
      Thread.sleep(20);
    }
    return api.sentTo(Long.toString(user)).get(before).text();
  }

  private static List<String> corpusFiles() throws Exception {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @Order(1)
  void nonModerator_everyAdminCommand_isRefusedPolitelyAndChangesNothing() throws Exception {
    List<String> before = corpusFiles();
    String version = manager.corpus().version();
    for (String command : List.of("/add https://example.org/a", "/refresh", "/remove birch",
        "/add\nPasted Title\n\nSome pasted article text. It has sentences.")) {
      api.failNext("getchatmember", 200, chatMember(STRANGER, "member"));
      assertEquals(TelegramModeratorCommands.REFUSAL, send(STRANGER, command), command);
    }
    assertEquals(before, corpusFiles());
    assertEquals(version, manager.corpus().version());
    assertFalse(Files.exists(dir.resolve("data").resolve("audit.jsonl")));
    assertTrue(api.calls("getchatmember").stream().allMatch(c ->
        c.chatId().equals(MODERATOR_CHAT) && c.body().path("user_id").asLong() == STRANGER));
  }

  /**
   * Sends a marker command after the updates under test and waits for its reply and a little
   * more, so that the earlier updates (polled before it) have been handled; returns how many
   * replies the user got in all.
   */
  private static int repliesAfterQuiet(long user) throws InterruptedException {
    assertEquals(TelegramModeratorCommands.ADD_USAGE, send(user, "/add"));
    Thread.sleep(300);
    return api.sentTo(Long.toString(user)).size();
  }

  @Test
  @Order(2)
  void moderator_forwardedRemove_isIgnoredAndRemovesNothing() throws Exception {
    List<String> before = corpusFiles();
    int repliesBefore = api.sentTo(Long.toString(MODERATOR)).size();
    ObjectNode forwarded = FakeBotApi.message(MODERATOR, "private", MODERATOR, ++messageIds,
        "/remove birch");
    // Written by a stranger, forwarded to the bot by a moderator.
    forwarded.put("forward_date", 1_699_999_000);
    forwarded.putObject("forward_origin").put("type", "user").put("date", 1_699_999_000)
        .set("sender_user", FakeBotApi.user(STRANGER));
    api.enqueue(FakeBotApi.update("message", forwarded));

    assertEquals(repliesBefore + 1, repliesAfterQuiet(MODERATOR),
        "only the marker is answered: " + api.sentTo(Long.toString(MODERATOR)));
    assertEquals(before, corpusFiles());
    assertFalse(Files.exists(dir.resolve("data").resolve("audit.jsonl")));
  }

  @Test
  @Order(2)
  void moderator_editedMessageIntoRemove_isNotRunAsACommand() throws Exception {
    List<String> before = corpusFiles();
    int repliesBefore = api.sentTo(Long.toString(MODERATOR)).size();
    ObjectNode edited = FakeBotApi.message(MODERATOR, "private", MODERATOR, ++messageIds,
        "/remove birch");
    edited.put("edit_date", 1_700_000_100);
    api.enqueue(FakeBotApi.update("edited_message", edited));
    ObjectNode editedAsMessage = FakeBotApi.message(MODERATOR, "private", MODERATOR, ++messageIds,
        "/remove birch");
    editedAsMessage.put("edit_date", 1_700_000_100);
    api.enqueue(FakeBotApi.update("message", editedAsMessage));

    assertEquals(repliesBefore + 1, repliesAfterQuiet(MODERATOR),
        "only the marker is answered: " + api.sentTo(Long.toString(MODERATOR)));
    assertEquals(before, corpusFiles());
    assertFalse(Files.exists(dir.resolve("data").resolve("audit.jsonl")));
  }

  @Test
  @Order(2)
  void moderator_inAnotherGroup_isToldWhereCommandsWorkAndNothingChanges() throws Exception {
    List<String> before = corpusFiles();
    api.enqueue(FakeBotApi.update("message", FakeBotApi.message(-100777, "supergroup", MODERATOR,
        ++messageIds, "/remove@" + FakeBotApi.BOT_USERNAME + " birch")));

    FakeBotApi.Call reply = api.await("sendmessage", c -> c.chatId().equals("-100777"), WAIT);

    assertEquals(TelegramModeratorCommands.WRONG_PLACE, reply.text());
    assertEquals(before, corpusFiles());
  }

  @Test
  @Order(3)
  void moderatorById_remove_movesTheArticleAndRepliesWithTheReport() throws Exception {
    String reply = send(MODERATOR, "/remove birch");

    assertTrue(reply.startsWith("Removed birch"), reply);
    assertTrue(reply.contains("Removed: birch"), reply);
    assertFalse(Files.exists(corpus.resolve("birch.txt")));
    String audit = Files.readString(dir.resolve("data").resolve("audit.jsonl"),
        StandardCharsets.UTF_8);
    assertTrue(audit.contains("\"platform\":\"telegram\""), audit);
    assertFalse(audit.contains("\"user\":\"" + MODERATOR + "\""), audit);
  }

  @Test
  @Order(4)
  void administratorOfModeratorChat_refresh_addsAndAnnouncesTheNewSource() throws Exception {
    Files.writeString(corpus.resolve("cedar.txt"), Articles.festival("Cedar"));
    api.failNext("getchatmember", 200, chatMember(CHAT_ADMIN, "creator"));

    String reply = send(CHAT_ADMIN, "/refresh");

    assertTrue(reply.startsWith("Corpus refreshed: 2 articles"), reply);
    assertTrue(reply.contains("Added: cedar"), reply);
    FakeBotApi.Call announced = api.await("sendmessage",
        c -> c.chatId().equals(ANNOUNCE_CHAT), WAIT);
    assertEquals("New source: The Cedar Festival Opens in Kerrow", announced.text());
    assertEquals(Optional.of("cedar"),
        manager.answers().source("cedar").map(s -> s.source().id()));
  }

  @Test
  @Order(5)
  void moderator_badAddAndMissingArguments_getClearMessages() throws Exception {
    assertTrue(send(MODERATOR, "/add ftp://example.org/a.html")
        .contains("is not an http or https address"));
    assertEquals(TelegramModeratorCommands.ADD_USAGE, send(MODERATOR, "/add"));
    assertEquals(TelegramModeratorCommands.REMOVE_USAGE, send(MODERATOR, "/remove"));
    assertTrue(send(MODERATOR, "/remove nope").startsWith("there is no article with id 'nope'"));
  }


  /** Sends lighthouse.md with the caption /add from {@code user}; returns the bot's reply. */
  private static String sendLighthouse(long user, String fileId) throws InterruptedException {
    byte[] bytes = Articles.LIGHTHOUSE.getBytes(StandardCharsets.UTF_8);
    api.putFile(fileId, "lighthouse.md", bytes);
    int id = ++messageIds;
    int before = api.sentTo(Long.toString(user)).size();
    api.enqueue(FakeBotApi.update("message", FakeBotApi.document(user, "private", user, id,
        fileId, "lighthouse.md", bytes.length, "/add")));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (api.sentTo(Long.toString(user)).size() <= before) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no reply to the document from " + user);
      }
      Thread.sleep(20);
    }
    return api.sentTo(Long.toString(user)).get(before).text();
  }

  @Test
  @Order(6)
  void nonModerator_addDocument_isRefusedAndNothingIsDownloadedOrWritten() throws Exception {
    List<String> before = corpusFiles();
    api.failNext("getchatmember", 200, chatMember(STRANGER, "member"));

    assertEquals(TelegramModeratorCommands.REFUSAL, sendLighthouse(STRANGER, "doc-stranger"));

    assertEquals(before, corpusFiles());
    assertTrue(api.calls("getfile").isEmpty(), "a refused document is not fetched");
    assertTrue(api.calls("download").isEmpty(), "a refused document is not downloaded");
    assertEquals(Optional.empty(), manager.answers().source("lighthouse"));
  }

  @Test
  @Order(7)
  void moderator_addDocument_savesTheArticleAndTheLiveServiceAnswersFromIt() throws Exception {
    String reply = sendLighthouse(MODERATOR, "doc-moderator");

    assertTrue(reply.startsWith("Added lighthouse: "), reply);
    assertTrue(reply.contains("The Kerrow Lighthouse Turns 150"), reply);
    assertTrue(reply.contains("Kerrow Gazette"), reply);
    assertEquals(List.of("doc-moderator"),
        api.calls("getfile").stream().map(c -> c.body().path("file_id").asText()).toList());
    assertEquals(1, api.calls("download").size(), "fetched from the configured Bot API server");
    assertEquals(Articles.LIGHTHOUSE, Files.readString(corpus.resolve("lighthouse.md"),
        StandardCharsets.UTF_8));

    Answer answer = manager.answers().ask("When was the lighthouse built?");
    assertTrue(answer.answered(), answer.toString());
    Quote first = answer.quotes().get(0);
    assertEquals("lighthouse", first.source().id());
    assertTrue(first.text().contains("built in 1874"), first.text());
    assertEquals(LocalDate.of(2024, 6, 1), first.source().published());

    String answered = send(MODERATOR, "When was the lighthouse built?");
    assertTrue(answered.contains("1874"), answered);
    assertTrue(answered.contains("Kerrow Gazette"), answered);
  }

  @Test
  void parse_readsModeratorCommandsForThisBotOnly() {
    String bot = FakeBotApi.BOT_USERNAME;
    assertEquals(Optional.of(new TelegramModeratorCommands.Command("add", "https://x.org/a")),
        TelegramModeratorCommands.parse("/add https://x.org/a", bot));
    assertEquals(Optional.of(new TelegramModeratorCommands.Command("refresh", "")),
        TelegramModeratorCommands.parse("/Refresh@" + bot, bot));
    assertEquals(Optional.empty(), TelegramModeratorCommands.parse("/remove@other_bot x", bot));
    assertEquals(Optional.empty(), TelegramModeratorCommands.parse("/ask when?", bot));
    assertEquals(Optional.empty(), TelegramModeratorCommands.parse("add this", bot));
  }
}
