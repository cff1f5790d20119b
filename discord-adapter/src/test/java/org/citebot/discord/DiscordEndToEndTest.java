package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.Quote;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.TestBots;
import org.citebot.corpus.CorpusLoader;
import org.citebot.ops.BotMetrics;
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
  private Path feedbackFile;

  @BeforeAll
  void start() throws Exception {
    discord = new FakeDiscord();
    feedbackFile = tmp.resolve("feedback.jsonl");
    answers = CorpusAnswerService.create(CorpusLoader.loadDefault());
    meters = new SimpleMeterRegistry();
    // Every test asks as the same user; the limit leaves room for all of them.
    BotContext context = TestBots.context(answers, discord.settings(), feedbackFile, 10, meters);
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
      FakeDiscord.assertNothingToParse(body);
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
      assertEquals(1.0, meters.counter(BotMetrics.QUESTIONS, "platform", "discord",
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
      FakeDiscord.assertNothingToParse(body);
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
      FakeDiscord.assertNothingToParse(body);
      String all = body.toString();
      assertFalse(all.contains("@everyone"), all);
      assertFalse(all.contains("<@&123>"), all);
    });
  }

  @Test
  @Order(5)
  void mention_inServerChannel_repliesToThatMessageWithTheCheckpointQuoteWithoutPinging()
      throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      // JDA drops messages from servers it has not been told about, so the server comes first.
      discord.dispatch("GUILD_CREATE", FakeDiscord.guildCreate());
      String id = FakeDiscord.snowflake();
      discord.dispatch("MESSAGE_CREATE", FakeDiscord.guildMessage(
          id, "<@" + FakeDiscord.BOT_ID + "> " + QUESTION));

      FakeDiscord.Call reply = discord.await(c -> c.method().equals("POST")
          && c.path().equals(API + "/channels/" + FakeDiscord.CHANNEL_ID + "/messages"), WAIT);
      JsonNode body = reply.json();
      assertEquals(id, body.path("message_reference").path("message_id").asText(),
          "a reply to the mention: " + body);
      FakeDiscord.assertNothingToParse(body);
      assertFalse(body.path("allowed_mentions").path("replied_user").asBoolean(true),
          "the asker is not pinged by the reply");
      String description = plain(body.path("embeds").get(0).path("description").asText());
      assertTrue(description.contains("On 23 April, Baku opened a checkpoint"), description);
      assertTrue(description.contains(answers.ask(QUESTION).quotes().get(0).text()), description);
      assertTrue(body.path("components").toString().contains("citebot:up:"), "feedback buttons");
    });
  }

  @Test
  @Order(6)
  void answerButtons_moreSourcesAndThumbsUp_replyOnlyToTheClickerAndRecordTheVote()
      throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
          FakeDiscord.snowflake(), "token-ask-3", "ask", "question", QUESTION));
      JsonNode answer = discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-ask-3/messages/@original"), WAIT).json();
      String moreId = null;
      String upId = null;
      for (JsonNode row : answer.path("components")) {
        for (JsonNode button : row.path("components")) {
          if (button.path("label").asText().equals("More sources")) {
            moreId = button.path("custom_id").asText();
          } else if (button.path("emoji").path("name").asText().equals("👍")) {
            upId = button.path("custom_id").asText();
          }
        }
      }
      Answer expected = answers.ask(QUESTION);
      assertTrue(upId != null, "a 👍 button: " + answer.path("components"));
      assertEquals(!expected.more().isEmpty(), moreId != null,
          "More sources is offered exactly when there are further quotes: " + answer);

      if (moreId != null) {
        String moreClick = FakeDiscord.snowflake();
        discord.dispatch("INTERACTION_CREATE",
            FakeDiscord.buttonClick(moreClick, "token-more-1", moreId));
        JsonNode more = discord.await(c -> c.path().equals(
            API + "/interactions/" + moreClick + "/token-more-1/callback"), WAIT).json();
        assertEquals(4, more.path("type").asInt(), "a new message: " + more);
        JsonNode data = more.path("data");
        assertEquals(64, data.path("flags").asInt() & 64, "ephemeral: " + more);
        FakeDiscord.assertNothingToParse(data);
        String shown = plain(data.path("embeds").get(0).path("description").asText());
        assertTrue(shown.contains(expected.more().get(0).text()),
            "the first further quote, verbatim: " + expected.more().get(0).text() + " in " + shown);
        assertFalse(shown.contains(expected.quotes().get(0).text()),
            "not the quote the answer already showed: " + shown);
      }

      String upClick = FakeDiscord.snowflake();
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.buttonClick(upClick, "token-up-1", upId));
      JsonNode thanks = discord.await(c -> c.path().equals(
          API + "/interactions/" + upClick + "/token-up-1/callback"), WAIT).json();
      assertEquals(4, thanks.path("type").asInt(), thanks.toString());
      assertEquals(64, thanks.path("data").path("flags").asInt() & 64, "ephemeral: " + thanks);
      assertTrue(thanks.path("data").toString().contains(DiscordListener.THANKS), thanks.toString());

      List<String> lines = Files.readAllLines(feedbackFile);
      assertEquals(1, lines.size(), "one vote recorded: " + lines);
      JsonNode vote = new ObjectMapper().readTree(lines.get(0));
      assertEquals("discord", vote.path("platform").asText());
      assertEquals("up", vote.path("vote").asText());
      assertEquals(QUESTION, vote.path("question").asText());
      assertEquals(expected.id(), vote.path("answer").asText());
      assertFalse(vote.path("user").asText().isEmpty(), vote.toString());
      assertFalse(lines.get(0).contains(FakeDiscord.USER_ID), "the user id is not stored raw");
    });
  }

  @Test
  @Order(7)
  void answerButtons_pressedBySomeoneElse_areRefusedPolitelyAndShowNothingOfTheQuestion()
      throws Exception {
    String question = "When was the checkpoint set up? My private note: room 12";
    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.slashCommand(
          FakeDiscord.snowflake(), "token-ask-4", "ask", "question", question));
      JsonNode answer = discord.await(c -> c.path().equals(
          API + "/webhooks/" + FakeDiscord.APP_ID + "/token-ask-4/messages/@original"), WAIT).json();
      List<String> ids = new java.util.ArrayList<>();
      for (JsonNode row : answer.path("components")) {
        for (JsonNode button : row.path("components")) {
          ids.add(button.path("custom_id").asText());
        }
      }
      assertTrue(ids.size() >= 2, "buttons: " + answer.path("components"));
      long votesBefore = Files.exists(feedbackFile) ? Files.readAllLines(feedbackFile).size() : 0;

      for (String id : ids) {
        String click = FakeDiscord.snowflake();
        com.fasterxml.jackson.databind.node.ObjectNode byOther =
            FakeDiscord.buttonClick(click, "token-other-" + click, id);
        ((com.fasterxml.jackson.databind.node.ObjectNode) byOther.path("member"))
            .set("user", FakeDiscord.user(FakeDiscord.OTHER_USER_ID, "other", false));
        discord.dispatch("INTERACTION_CREATE", byOther);
        JsonNode reply = discord.await(c -> c.path().equals(
            API + "/interactions/" + click + "/token-other-" + click + "/callback"), WAIT).json();
        assertEquals(4, reply.path("type").asInt(), reply.toString());
        assertEquals(64, reply.path("data").path("flags").asInt() & 64, "ephemeral: " + reply);
        assertEquals(DiscordMarkdown.escape(org.citebot.chat.BotTexts.NOT_YOUR_BUTTON),
            reply.path("data").path("content").asText(), id);
        assertFalse(reply.toString().contains("room 12"), "nothing of the question: " + reply);
        assertTrue(reply.path("data").path("embeds").isEmpty()
            || reply.path("data").path("embeds").size() == 0, reply.toString());
      }
      long votesAfter = Files.exists(feedbackFile) ? Files.readAllLines(feedbackFile).size() : 0;
      assertEquals(votesBefore, votesAfter, "no vote recorded for someone else's answer");
    });
  }

  /** The text without bold markers and escapes, to compare with the source text. */
  private static String plain(String markdown) {
    return markdown.replace("**", "").replace("\\", "");
  }
}
