package org.citebot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.TestBots;
import org.citebot.corpus.CorpusLoader;
import org.citebot.timeline.AnswersWithViews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * /timeline and /perspectives through the real TelegramBots client and long polling, against the
 * fake Bot API on loopback, with the real core on the default corpus.
 */
@Timeout(60)
class TelegramViewsEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir
  static Path dir;

  private static FakeBotApi api;
  private static ChatAdapter adapter;

  @BeforeAll
  static void start() throws Exception {
    api = new FakeBotApi();
    BotContext ctx = TestBots.context(
        new AnswersWithViews(CorpusAnswerService.create(CorpusLoader.loadDefault())),
        api.settings(), dir.resolve("feedback.jsonl"), 5, new SimpleMeterRegistry());
    adapter = new TelegramAdapterProvider().start(ctx);
  }

  @AfterAll
  static void stop() throws Exception {
    if (api != null) {
      api.closeAfter(adapter);
    }
  }

  @Test
  void start_listsTimelineAndPerspectivesInTheCommandMenu() throws Exception {
    String commands = api.await("setmycommands", c -> true, WAIT).body().path("commands").toString();

    assertTrue(commands.contains("\"command\":\"timeline\""), commands);
    assertTrue(commands.contains("\"command\":\"perspectives\""), commands);
  }

  @Test
  void timelineCheckpoint_sendsTheChartThenAnHtmlPageWithThe23AprilEvent() throws Exception {
    api.enqueue(FakeBotApi.update("message",
        FakeBotApi.message(4001, "private", 4001, 1, "/timeline checkpoint")));

    FakeBotApi.Call photo = api.await("sendphoto", c -> c.chatId().equals("4001"), WAIT);
    FakeBotApi.Call page = api.await("sendmessage", c -> c.chatId().equals("4001"), WAIT);

    String attached = photo.body().path("photo").asText();
    assertTrue(attached.startsWith("attach://"), photo.body().toString());
    JsonNode file = photo.body().path(attached.substring("attach://".length()));
    assertEquals("timeline.png", file.path("filename").asText(), photo.body().toString());
    assertTrue(file.path("png").asBoolean() && file.path("size").asInt() > 1000, file.toString());
    assertTrue(photo.body().path("caption").asText().startsWith("Timeline: checkpoint"),
        photo.body().toString());
    assertTrue(photo.nanoTime() < page.nanoTime(), "the chart comes first");
    assertEquals("html", page.body().path("parse_mode").asText().toLowerCase());
    assertTrue(page.text().contains("📅 <b>23 April 2023</b>\n<blockquote>"), page.text());
    TelegramHtmlRendererTest.assertWellFormed(page.text());
  }

  @Test
  void timelinePageButton_editsThePageMessageAndAnswersTheClick() throws Exception {
    api.enqueue(FakeBotApi.update("message", FakeBotApi.message(4002, "private", 4002, 1, "/timeline")));
    FakeBotApi.Call first = api.await("sendmessage",
        c -> c.chatId().equals("4002") && c.body().has("reply_markup"), WAIT);
    assertTrue(first.text().contains("page 1 of"), first.text());
    String next = first.body().path("reply_markup").path("inline_keyboard").get(0).get(0)
        .path("callback_data").asText();
    assertTrue(next.startsWith("tl:") && next.endsWith(":2"), next);

    ObjectNode callback = JsonNodeFactory.instance.objectNode().put("id", "cb-tl-1")
        .put("chat_instance", "ci").put("data", next);
    callback.set("from", FakeBotApi.user(4002));
    callback.set("message", FakeBotApi.message(4002, "private", FakeBotApi.BOT_ID, 5100, "page 1"));
    api.enqueue(FakeBotApi.update("callback_query", callback));

    FakeBotApi.Call edit = api.await("editmessagetext", c -> c.chatId().equals("4002"), WAIT);
    assertEquals(5100, edit.body().path("message_id").asInt());
    assertEquals("html", edit.body().path("parse_mode").asText().toLowerCase());
    assertTrue(edit.text().contains("page 2 of"), edit.text());
    assertTrue(edit.body().path("reply_markup").toString().contains(":1\""), "◀ back to page 1");
    TelegramHtmlRendererTest.assertWellFormed(edit.text());
    api.await("answercallbackquery",
        c -> c.body().path("callback_query_id").asText().equals("cb-tl-1"), WAIT);
  }

  @Test
  void perspectivesPeacekeepers_quotesAtLeastFourOutletsEachInItsOwnBlockquote() throws Exception {
    api.enqueue(FakeBotApi.update("message",
        FakeBotApi.message(4003, "private", 4003, 1, "/perspectives peacekeepers")));

    FakeBotApi.Call sent = api.await("sendmessage", c -> c.chatId().equals("4003"), WAIT);

    String html = sent.text();
    Matcher labels = Pattern.compile("\n\n<b>([^<]+)</b>[^\n]*\n<blockquote>").matcher(html);
    Set<String> outlets = new HashSet<>();
    while (labels.find()) {
      outlets.add(labels.group(1));
    }
    assertTrue(outlets.size() >= 4, "at least four outlets: " + html);
    TelegramHtmlRendererTest.assertWellFormed(html);
  }
}
