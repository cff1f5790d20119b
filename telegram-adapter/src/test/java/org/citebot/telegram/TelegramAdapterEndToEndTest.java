package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Quote;
import org.citebot.chat.BotContext;
import org.citebot.chat.BotTexts;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.TestBots;
import org.citebot.config.Settings;
import org.citebot.corpus.CorpusLoader;
import org.citebot.text.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real TelegramBots client and long-polling application, started through the SPI provider,
 * against a fake Bot API on loopback, answering with the real core on the default corpus.
 */
@Timeout(60)
class TelegramAdapterEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir
  static Path dir;

  private static FakeBotApi api;
  private static ChatAdapter adapter;
  private static SimpleMeterRegistry meters;
  private static Path feedback;
  private static AnswerService answers;
  private static final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>
      logs = new ch.qos.logback.core.read.ListAppender<>();

  @BeforeAll
  static void start() throws Exception {
    api = new FakeBotApi();
    meters = new SimpleMeterRegistry();
    feedback = dir.resolve("feedback.jsonl");
    Settings settings = api.settings("TELEGRAM_ANNOUNCE_CHAT_ID", "-100999");
    logs.start();
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
        org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    answers = CorpusAnswerService.create(CorpusLoader.loadDefault());
    BotContext ctx = TestBots.context(answers, settings, feedback, 5, meters);
    adapter = new TelegramAdapterProvider().start(ctx);
  }

  @AfterAll
  static void stop() throws Exception {
    if (adapter != null) {
      adapter.close();
      assertFalse(adapter.isReady());
    }
    if (api != null) {
      api.close();
    }
    String secret = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);
    for (var event : logs.list) {
      String all = event.getFormattedMessage()
          + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
      assertFalse(all.contains(secret), "token logged: " + all);
    }
  }

  @Test
  void announce_postsHtmlToTheConfiguredChat() throws Exception {
    assertTrue(((TelegramAdapter) adapter).announce("<b>Corpus updated</b>: 5 articles"));

    FakeBotApi.Call sent = api.await("sendmessage", c -> c.chatId().equals("-100999"), WAIT);

    assertEquals("<b>Corpus updated</b>: 5 articles", sent.text());
    assertEquals("html", sent.body().path("parse_mode").asText().toLowerCase());
  }

  @Test
  void start_checksTokenSetsCommandsAndPolls() throws Exception {
    assertTrue(adapter.isReady());
    assertEquals("telegram", adapter.name());
    assertFalse(api.calls("getme").isEmpty());
    JsonNode commands = api.await("setmycommands", c -> true, WAIT).body().path("commands");
    assertTrue(commands.toString().contains("\"command\":\"ask\""), commands.toString());
    api.await("getupdates", c -> true, WAIT);
  }

  @Test
  void privateQuestion_getsHtmlAnswerWithThe23AprilQuoteAndItsCitationLink() throws Exception {
    api.enqueue(FakeBotApi.update("message",
        FakeBotApi.message(1001, "private", 1001, 1, "When was the checkpoint set up?")));

    FakeBotApi.Call sent = api.await("sendmessage", c -> c.chatId().equals("1001"), WAIT);

    assertEquals("html", sent.body().path("parse_mode").asText().toLowerCase());
    assertTrue(sent.body().path("link_preview_options").path("is_disabled").asBoolean(),
        sent.body().toString());
    api.await("sendmessage", c -> c.chatId().equals("1001") && c.body().has("reply_markup"), WAIT);
    String text = String.join("\n", api.sentTo("1001").stream().map(FakeBotApi.Call::text).toList());
    TelegramHtmlRendererTest.assertWellFormed(text);

    // Exactly the core's quotes, verbatim, each in a blockquote followed by its citation.
    Answer expected = answers.ask("When was the checkpoint set up?");
    assertEquals(expected.quotes().stream().map(Quote::text).toList(), blockquotes(text), text);
    for (Quote q : expected.quotes()) {
      Source s = q.source();
      if (Html.isWebLink(s.url())) {
        assertTrue(text.contains("<a href=\"" + Html.attribute(s.url().strip()) + "\">"), text);
      }
    }
    assertTrue(text.contains("</blockquote>\n[1] "), text);
    assertTrue(blockquotes(text).get(0).contains("On 23 April, Baku opened a checkpoint"), text);
    assertTrue(text.contains("crisisgroup.org"), text);
    awaitCounter("answered", 1);
  }

  @Test
  void groupAskCommand_isAnsweredAsAReplyAndPlainChatterIsIgnored() throws Exception {
    api.enqueue(FakeBotApi.update("message",
        FakeBotApi.message(-100200, "supergroup", 2001, 10, "just chatting about the corridor")));
    api.enqueue(FakeBotApi.update("message", FakeBotApi.message(-100200, "supergroup", 2002, 11,
        "/ask@" + FakeBotApi.BOT_USERNAME + " When was the checkpoint set up?")));

    FakeBotApi.Call sent = api.await("sendmessage", c -> c.chatId().equals("-100200"), WAIT);

    assertEquals(11, sent.body().path("reply_parameters").path("message_id").asInt(),
        sent.body().toString());
    assertTrue(sent.text().contains("<blockquote>"), sent.text());
    Thread.sleep(300);
    assertEquals(1, api.sentTo("-100200").size(), "only the /ask is answered");
  }

  @Test
  void inlineQuery_isAnsweredWithOneResultPerQuote() throws Exception {
    ObjectNode query = JsonNodeFactory.instance.objectNode().put("id", "iq-1").put("query",
        "When was the checkpoint set up?").put("offset", "");
    query.set("from", FakeBotApi.user(3001));
    api.enqueue(FakeBotApi.update("inline_query", query));
    ObjectNode tooShort = JsonNodeFactory.instance.objectNode().put("id", "iq-2").put("query", "ab")
        .put("offset", "");
    tooShort.set("from", FakeBotApi.user(3001));
    api.enqueue(FakeBotApi.update("inline_query", tooShort));

    JsonNode results = api.await("answerinlinequery",
        c -> c.body().path("inline_query_id").asText().equals("iq-1"), WAIT).body().path("results");
    JsonNode none = api.await("answerinlinequery",
        c -> c.body().path("inline_query_id").asText().equals("iq-2"), WAIT).body().path("results");

    assertTrue(results.size() >= 1 && results.size() <= 5, results.toString());
    for (JsonNode r : results) {
      assertEquals("article", r.path("type").asText());
      JsonNode content = r.path("input_message_content");
      assertEquals("html", content.path("parse_mode").asText().toLowerCase());
      assertTrue(content.path("message_text").asText().contains("<blockquote>"), r.toString());
      assertTrue(r.path("id").asText().length() <= 64);
    }
    assertEquals(0, none.size(), "a too-short query gets an empty answer");
    Answer expected = answers.ask("When was the checkpoint set up?");
    List<String> quotes = new java.util.ArrayList<>(expected.quotes().stream().map(Quote::text).toList());
    expected.more().forEach(q -> quotes.add(q.text()));
    List<String> shown = new java.util.ArrayList<>();
    for (JsonNode r : results) {
      shown.addAll(blockquotes(r.path("input_message_content").path("message_text").asText()));
    }
    assertEquals(quotes.subList(0, Math.min(5, quotes.size())), shown);
  }

  @Test
  void thumbsUp_isAnsweredPromptlyAndWrittenToTheFeedbackFile() throws Exception {
    api.enqueue(FakeBotApi.update("message",
        FakeBotApi.message(1004, "private", 1004, 1, "When was the checkpoint set up?")));
    FakeBotApi.Call answer = api.await("sendmessage",
        c -> c.chatId().equals("1004") && c.body().has("reply_markup"), WAIT);
    String data = null;
    for (JsonNode row : answer.body().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        if (button.path("text").asText().equals("👍")) {
          data = button.path("callback_data").asText();
        }
      }
    }
    assertTrue(data != null && data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64,
        answer.body().toString());

    ObjectNode callback = JsonNodeFactory.instance.objectNode().put("id", "cb-1")
        .put("chat_instance", "ci").put("data", data);
    callback.set("from", FakeBotApi.user(1004));
    callback.set("message", FakeBotApi.message(1004, "private", FakeBotApi.BOT_ID, 5001, "answer"));
    api.enqueue(FakeBotApi.update("callback_query", callback));

    FakeBotApi.Call answered = api.await("answercallbackquery",
        c -> c.body().path("callback_query_id").asText().equals("cb-1"), WAIT);
    assertEquals("Thanks for your feedback!", answered.body().path("text").asText());
    List<String> lines = Files.readAllLines(feedback);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.getFirst().contains("\"platform\":\"telegram\"")
        && lines.getFirst().contains("\"vote\":\"up\"")
        && lines.getFirst().contains("When was the checkpoint set up?"), lines.getFirst());
  }

  @Test
  void forgedCallbacks_onAnotherUsersAnswer_areRefusedAndShowNothingOfTheQuestion()
      throws Exception {
    String question = "When was the checkpoint set up? (asking for my lawyer, case 4417)";
    api.enqueue(FakeBotApi.update("message",
        FakeBotApi.message(1010, "private", 1010, 1, question)));
    FakeBotApi.Call answer = api.await("sendmessage",
        c -> c.chatId().equals("1010") && c.body().has("reply_markup"), WAIT);
    List<String> data = new java.util.ArrayList<>();
    for (JsonNode row : answer.body().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        data.add(button.path("callback_data").asText());
      }
    }
    assertTrue(data.size() >= 2, answer.body().toString());
    long votesBefore = Files.exists(feedback) ? Files.readAllLines(feedback).stream()
        .filter(l -> l.contains("case 4417")).count() : 0;

    // Another user sends the asker's callback data: from a chat of their own (a client can send
    // any data), and from the asker's chat (as in a group where both are members).
    int n = 0;
    for (String d : data) {
      for (long chat : new long[] {1011, 1010}) {
        String id = "cb-forged-" + (++n);
        ObjectNode callback = JsonNodeFactory.instance.objectNode().put("id", id)
            .put("chat_instance", "ci-" + chat).put("data", d);
        callback.set("from", FakeBotApi.user(1011));
        callback.set("message", FakeBotApi.message(chat, "private", FakeBotApi.BOT_ID, 5001,
            "answer"));
        api.enqueue(FakeBotApi.update("callback_query", callback));
        FakeBotApi.Call answered = api.await("answercallbackquery",
            c -> c.body().path("callback_query_id").asText().equals(id), WAIT);
        assertEquals(BotTexts.NOT_YOUR_BUTTON, answered.body().path("text").asText(), d);
      }
    }

    Thread.sleep(300);
    for (FakeBotApi.Call c : api.calls("sendmessage")) {
      assertFalse(c.chatId().equals("1011"), "nothing is sent to the forger: " + c.body());
    }
    assertEquals(1, api.sentTo("1010").stream().filter(c -> c.text().contains("case 4417")).count(),
        "the question is shown once, in the answer to its asker");
    long votesAfter = Files.exists(feedback) ? Files.readAllLines(feedback).stream()
        .filter(l -> l.contains("case 4417")).count() : 0;
    assertEquals(votesBefore, votesAfter, "no vote recorded on someone else's answer");
  }

  @Test
  void questionWithMarkup_isEchoedEscaped() throws Exception {
    api.enqueue(FakeBotApi.update("message", FakeBotApi.message(1005, "private", 1005, 1,
        "Is <b>the checkpoint</b> & <script>x</script> the corridor open?")));

    String text = api.await("sendmessage", c -> c.chatId().equals("1005"), WAIT).text();

    assertTrue(text.contains("&lt;b&gt;the checkpoint&lt;/b&gt; &amp; &lt;script&gt;"), text);
    assertFalse(text.contains("<b>the checkpoint</b>"), text);
    assertFalse(text.contains("<script>"), text);
    TelegramHtmlRendererTest.assertWellFormed(text);
  }

  @Test
  void tooManyRequests_isHonouredAndTheMessageSentAfterRetryAfter() throws Exception {
    api.failNext("sendmessage", 429, FakeBotApi.tooManyRequests(1));
    api.enqueue(FakeBotApi.update("message", FakeBotApi.message(1006, "private", 1006, 1, "/help")));

    api.await("sendmessage", c -> c.chatId().equals("1006") && api.sentTo("1006").size() >= 2, WAIT);

    List<FakeBotApi.Call> attempts = api.sentTo("1006");
    assertEquals(2, attempts.size());
    Duration gap = Duration.ofNanos(attempts.get(1).nanoTime() - attempts.get(0).nanoTime());
    assertTrue(gap.compareTo(Duration.ofMillis(950)) >= 0, "retried after only " + gap);
    assertTrue(attempts.get(1).text().contains("How to use me"), attempts.get(1).text());
  }

  @Test
  void photoInPrivateChat_getsTextOnlyAndEditedMessagesAreNotAnswered() throws Exception {
    ObjectNode photo = FakeBotApi.message(1007, "private", 1007, 1, null);
    photo.putArray("photo").addObject().put("file_id", "f").put("file_unique_id", "u")
        .put("width", 1).put("height", 1);
    api.enqueue(FakeBotApi.update("message", photo));
    api.enqueue(FakeBotApi.update("edited_message",
        FakeBotApi.message(1007, "private", 1007, 1, "When was the checkpoint set up?")));

    String text = api.await("sendmessage", c -> c.chatId().equals("1007"), WAIT).text();

    assertEquals(BotTexts.TEXT_ONLY, text);
    Thread.sleep(300);
    assertEquals(1, api.sentTo("1007").size(), "the edited message is not answered");
  }

  @Test
  void pollingSurvivesServerErrors() throws Exception {
    api.failNext("getupdates", 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
    api.failNext("getupdates", 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
    api.enqueue(FakeBotApi.update("message", FakeBotApi.message(1009, "private", 1009, 1, "/start")));

    String text = api.await("sendmessage", c -> c.chatId().equals("1009"), WAIT).text();

    assertTrue(text.contains(BotTexts.WHAT_IT_DOES), text);
    assertTrue(adapter.isReady());
  }

  /** The visible text of each blockquote, in order. */
  private static List<String> blockquotes(String html) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<blockquote>(.*?)</blockquote>", java.util.regex.Pattern.DOTALL)
            .matcher(html);
    while (m.find()) {
      out.add(TelegramHtmlRendererTest.visibleText(m.group(1)));
    }
    return out;
  }

  private static void awaitCounter(String outcome, double atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    double value = 0;
    while (System.nanoTime() < deadline) {
      var c = meters.find("citebot.questions").tag("platform", "telegram").tag("outcome", outcome)
          .counter();
      value = c == null ? 0 : c.count();
      if (value >= atLeast) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("citebot.questions{outcome=" + outcome + "} = " + value);
  }
}
