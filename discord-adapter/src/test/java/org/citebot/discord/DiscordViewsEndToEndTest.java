package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * /timeline and /perspectives through the real JDA client and the real core on the default
 * corpus, against the fake Discord on loopback: deferred, then the original reply edited (with the
 * chart attached), page buttons editing the message, nothing pinging anyone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordViewsEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String API = "/api/v10";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path tmp;

  private FakeDiscord discord;
  private ChatAdapter bot;
  private SimpleMeterRegistry meters;

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    meters = new SimpleMeterRegistry();
    BotContext context = TestBots.context(
        new AnswersWithViews(CorpusAnswerService.create(CorpusLoader.loadDefault())),
        discord.settings(), tmp.resolve("feedback.jsonl"), 5, meters);
    bot = assertTimeoutPreemptively(WAIT, () -> new DiscordAdapterProvider().start(context));
  }

  @AfterAll
  void stop() throws Exception {
    if (discord != null) {
      discord.closeAfter(bot);
    }
  }

  @Test
  @Order(1)
  void start_registersTimelineAndPerspectivesWithTheOtherCommands() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      FakeDiscord.Call commands = discord.await(c -> c.method().equals("PUT")
          && c.path().endsWith("/applications/" + FakeDiscord.APP_ID + "/commands"), WAIT);
      Set<String> names = new HashSet<>();
      commands.json().forEach(c -> names.add(c.path("name").asText()));
      assertTrue(names.containsAll(Set.of("ask", "timeline", "perspectives")), names.toString());
      for (JsonNode c : commands.json()) {
        if (c.path("name").asText().equals("perspectives")) {
          assertTrue(c.path("options").get(0).path("required").asBoolean(), c.toString());
        }
      }
      while (!bot.isReady()) {
        Thread.sleep(20);
      }
    });
  }

  @Test
  @Order(2)
  void timeline_defersThenEditsWithChartAndDatedCheckpointEventPingingNoOne() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      String id = FakeDiscord.snowflake();
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
          id, "token-tl-1", "timeline", "topic", "checkpoint"));

      FakeDiscord.Call callback = discord.await(
          c -> c.path().equals(API + "/interactions/" + id + "/token-tl-1/callback"), WAIT);
      assertEquals(5, callback.json().path("type").asInt(), "deferred channel message");

      FakeDiscord.Call edit = discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-tl-1/messages/@original"), WAIT);
      assertEquals("PATCH", edit.method());
      assertTrue(edit.body().contains("filename=\"timeline.png\""), "chart attached");
      assertTrue(edit.body().contains("PNG\r\n\u001a\n"), "with a PNG signature");
      JsonNode body = payloadJson(edit.body());
      FakeDiscord.assertNothingToParse(body);
      JsonNode embed = body.path("embeds").get(0);
      assertEquals("attachment://timeline.png", embed.path("image").path("url").asText());
      String description = embed.path("description").asText();
      assertTrue(description.contains("**23 April 2023**\n> "), description);
      assertTrue(description.contains("**23 April**"), "the date expression in bold: " + description);
      assertTrue(embed.path("fields").get(0).path("name").asText().startsWith("[1] "),
          embed.toString());
    });
  }

  @Test
  @Order(3)
  void timelineOfWholeCorpus_pageButtonEditsTheMessageToTheNextPage() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
          FakeDiscord.snowflake(), "token-tl-all", "timeline", null, null));
      JsonNode first = payloadJson(discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-tl-all/messages/@original"), WAIT).body());
      JsonNode timelineButtons = first.path("components");
      assertTrue(first.path("embeds").get(0).path("footer").path("text").asText()
          .contains("page 1 of"), first.toString());
      String next = null;
      for (JsonNode row : timelineButtons) {
        for (JsonNode button : row.path("components")) {
          if (button.path("label").asText().equals("▶")) {
            next = button.path("custom_id").asText();
          }
        }
      }
      assertTrue(next != null && next.length() < 100,
          "a ▶ button on the first of several pages: " + timelineButtons);
      String id = FakeDiscord.snowflake();
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.buttonClick(id, "token-tl-2", next));

      FakeDiscord.Call callback = discord.await(
          c -> c.path().equals(API + "/interactions/" + id + "/token-tl-2/callback"), WAIT);
      assertEquals(6, callback.json().path("type").asInt(), "deferred message update");
      FakeDiscord.Call edit = discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-tl-2/messages/@original"), WAIT);
      JsonNode body = edit.json();
      FakeDiscord.assertNothingToParse(body);
      String footer = body.path("embeds").get(0).path("footer").path("text").asText();
      assertTrue(footer.contains("page 2 of"), footer);
      assertTrue(body.path("components").toString().contains("\"2 / "), body.toString());
    });
  }

  @Test
  @Order(4)
  void perspectives_showsAtLeastFourOutletsEachLabelledAndQuoted() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      String id = FakeDiscord.snowflake();
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
          id, "token-p-1", "perspectives", "topic", "peacekeepers"));

      FakeDiscord.Call edit = discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-p-1/messages/@original"), WAIT);
      JsonNode body = edit.json();
      FakeDiscord.assertNothingToParse(body);
      String description = body.path("embeds").get(0).path("description").asText();
      Matcher labels = Pattern.compile("(?m)^\\*\\*(.+)\\*\\*\\n> ").matcher(description);
      Set<String> outlets = new HashSet<>();
      while (labels.find()) {
        outlets.add(labels.group(1));
      }
      assertTrue(outlets.size() >= 4, "at least four outlets: " + description);
      assertTrue(description.contains("**peacekeepers**") || description.contains("**Peacekeepers**"),
          description);
    });
  }

  @Test
  @Order(5)
  void perspectives_onAnUnknownTopic_saysThereAreNoQuotes() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
          FakeDiscord.snowflake(), "token-p-2", "perspectives", "topic", "zeppelin airships"));

      FakeDiscord.Call edit = discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-p-2/messages/@original"), WAIT);
      assertEquals(DiscordViewsRenderer.NO_PERSPECTIVES, edit.json().path("content").asText());
      FakeDiscord.assertNothingToParse(edit.json());
    });
  }

  /** The JSON part of a multipart request, as JDA sends it with files. */
  private static JsonNode payloadJson(String multipart) throws Exception {
    Matcher m = Pattern.compile("name=\"payload_json\"\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n(.*?)\\r\\n--",
        Pattern.DOTALL).matcher(multipart);
    assertTrue(m.find(), "a payload_json part: " + multipart.substring(0, Math.min(500, multipart.length())));
    return JSON.readTree(m.group(1));
  }
}
