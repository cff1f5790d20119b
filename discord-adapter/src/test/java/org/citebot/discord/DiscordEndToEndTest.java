package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.Quote;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.FeedbackLog;
import org.citebot.chat.RateLimiter;
import org.citebot.chat.Settings;
import org.citebot.corpus.CorpusLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA client and the real core against a fake Discord on loopback: log in, READY,
 * commands registered, then a slash command and a mention are answered with cited quotes that
 * ping no one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String QUESTION = "When was the checkpoint set up?";
  private static final String API = "/api/v10";

  @TempDir
  static Path tmp;

  private FakeDiscord discord;
  private ChatAdapter bot;
  private AnswerService answers;
  private SimpleMeterRegistry meters;

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    answers = CorpusAnswerService.create(CorpusLoader.loadDefault());
    meters = new SimpleMeterRegistry();
    Settings settings = Settings.of(Map.of(
        "DISCORD_TOKEN", FakeDiscord.TOKEN,
        "DISCORD_API_URL", discord.apiUrl(),
        "DISCORD_GATEWAY_URL", discord.gatewayUrl()));
    BotContext context = new BotContext(answers, settings,
        new FeedbackLog(tmp.resolve("feedback.jsonl"), Clock.systemUTC()),
        new RateLimiter(5, Duration.ofSeconds(30), System::nanoTime), meters, Clock.systemUTC());
    bot = assertTimeoutPreemptively(WAIT, () -> new DiscordAdapterProvider().start(context));
  }

  @AfterAll
  void stop() throws Exception {
    if (bot != null) {
      assertTimeoutPreemptively(Duration.ofSeconds(25), bot::close);
    }
    if (discord != null) {
      discord.close();
    }
  }

  @Test
  @Order(1)
  void start_identifiesWithoutPrivilegedIntentsAndRegistersCommands() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      JsonNode identify = discord.awaitIdentify(WAIT);
      int guilds = 1;
      int guildMessages = 1 << 9;
      int directMessages = 1 << 12;
      // JDA always adds GUILDS (not privileged); it keeps the guild and channel cache.
      assertEquals(guilds | guildMessages | directMessages, identify.path("intents").asInt(),
          "only guilds, guild and direct messages; no message content, no members");
      FakeDiscord.Call commands = discord.await(
          c -> c.method().equals("PUT") && c.path().endsWith("/applications/" + FakeDiscord.APP_ID + "/commands"),
          WAIT);
      JsonNode names = commands.json();
      assertEquals(DiscordCommands.all().size(), names.size());
      assertEquals("ask", names.get(0).path("name").asText());
      assertEquals("question", names.get(0).path("options").get(0).path("name").asText());
      while (!bot.isReady()) {
        Thread.sleep(20);
      }
    });
  }

  @Test
  @Order(2)
  void ask_slashCommand_defersThenEditsWithCitedCheckpointQuoteAndNoMentions() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      String id = FakeDiscord.snowflake();
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
          id, "token-ask-1", "ask", "question", QUESTION));

      FakeDiscord.Call callback = discord.await(
          c -> c.path().equals(API + "/interactions/" + id + "/token-ask-1/callback"), WAIT);
      assertEquals("POST", callback.method());
      assertEquals(5, callback.json().path("type").asInt(), "deferred channel message");
      assertFalse(callback.json().path("data").path("flags").asInt() == 64, "public, not ephemeral");

      FakeDiscord.Call edit = discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-ask-1/messages/@original"), WAIT);
      assertEquals("PATCH", edit.method());
      JsonNode body = edit.json();
      assertNothingToParse(body);
      JsonNode embed = body.path("embeds").get(0);
      Answer expected = answers.ask(QUESTION);
      Quote best = expected.quotes().get(0);
      String description = embed.path("description").asText();
      assertTrue(description.startsWith("> "), "a block quote: " + description);
      assertTrue(plain(description).contains(best.text()),
          "the core's best quote, verbatim: " + best.text() + " in " + description);
      assertTrue(plain(description).contains("On 23 April, Baku opened a checkpoint"), description);
      assertTrue(plain(embed.toString()).contains("crisisgroup.org"), embed.toString());
      String citation = embed.path("fields").get(0).toString();
      assertTrue(plain(citation).contains(best.source().title()), citation);
      best.source().link().ifPresent(url -> assertTrue(citation.contains(url), citation));
      assertTrue(body.path("components").toString().contains("citebot:up:"), "feedback buttons");
      assertEquals(1.0, meters.counter(QuestionDesk.COUNTER, "platform", "discord",
          "outcome", "answered").count());
    });
  }

  @Test
  @Order(3)
  void mention_inDirectMessage_repliesToThatMessageWithoutPinging() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      String id = FakeDiscord.snowflake();
      discord.dispatch("MESSAGE_CREATE", FakeDiscord.directMessage(
          id, "<@" + FakeDiscord.BOT_ID + "> " + QUESTION));

      FakeDiscord.Call reply = discord.await(c -> c.method().equals("POST")
          && c.path().equals(API + "/channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages"), WAIT);
      JsonNode body = reply.json();
      assertEquals(id,
          body.path("message_reference").path("message_id").asText());
      assertNothingToParse(body);
      assertFalse(body.path("allowed_mentions").path("replied_user").asBoolean(true),
          "the asker is not pinged by the reply");
      assertTrue(plain(body.path("embeds").get(0).path("description").asText())
          .contains(answers.ask(QUESTION).quotes().get(0).text()), body.toString());
    });
  }

  @Test
  @Order(4)
  void ask_questionWithEveryone_pingsNobody() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
          FakeDiscord.snowflake(), "token-ask-2", "ask", "question",
          "@everyone <@&123> when was the checkpoint set up?"));

      FakeDiscord.Call edit = discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-ask-2/messages/@original"), WAIT);
      JsonNode body = edit.json();
      assertNothingToParse(body);
      String all = body.toString();
      assertFalse(all.contains("@everyone"), all);
      assertFalse(all.contains("<@&123>"), all);
    });
  }

  /** allowed_mentions is present and lets nothing through: no parse types, no ids. */
  private static void assertNothingToParse(JsonNode body) {
    JsonNode allowed = body.path("allowed_mentions");
    assertTrue(allowed.isObject(), "allowed_mentions is sent explicitly: " + body);
    assertTrue(allowed.path("parse").isArray());
    assertEquals(0, allowed.path("parse").size(), "parse list is empty: " + allowed);
    assertEquals(0, allowed.path("users").size());
    assertEquals(0, allowed.path("roles").size());
  }

  /** The text without bold markers and escapes, to compare with the source text. */
  private static String plain(String markdown) {
    return markdown.replace("**", "").replace("\\", "");
  }
}
