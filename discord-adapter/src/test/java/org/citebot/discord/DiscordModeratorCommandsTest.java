package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.citebot.chat.BotContext;
import org.citebot.chat.BotTexts;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.TestBots;
import org.citebot.serving.Articles;
import org.citebot.serving.CorpusManager;
import org.citebot.serving.PageFetcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderator commands through the real JDA client against the fake Discord, on a real corpus
 * directory: everyone else is refused politely, moderators get an ephemeral report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordModeratorCommandsTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String API = "/api/v10";
  /** Manage Server, as Discord sends it in the member's computed permissions. */
  private static final long MANAGE_SERVER = 1L << 5;
  /** A role of the home server that grants Manage Server. */
  private static final String MANAGERS_ROLE = "900000000000000078";
  /** The configured moderator role (DISCORD_MODERATOR_ROLE_ID). */
  private static final String MODERATOR_ROLE = "900000000000000077";

  @TempDir static Path tmp;

  private FakeDiscord discord;
  private ChatAdapter bot;
  private CorpusManager manager;
  private Path corpus;


  @BeforeAll
  void start() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("amber.txt"), Articles.festival("Amber"));
    Files.writeString(corpus.resolve("birch.txt"), Articles.festival("Birch"));
    manager = CorpusManager.open(corpus, tmp.resolve("data"),
        new PageFetcher(Duration.ofSeconds(2), true), Duration.ZERO, Clock.systemUTC());
    discord = new FakeDiscord();
    discord.memberOf(homeGuild());
    BotContext context = TestBots.context(manager.answers(),
        discord.settings("DISCORD_MODERATOR_ROLE_ID", MODERATOR_ROLE,
            "DISCORD_GUILD_ID", FakeDiscord.GUILD_ID),
        tmp.resolve("feedback.jsonl"), 5, new SimpleMeterRegistry());
    bot = assertTimeoutPreemptively(WAIT, () -> new DiscordAdapterProvider().start(context));
    assertTimeoutPreemptively(WAIT, () -> {
      discord.awaitIdentify(WAIT);
      while (!bot.isReady()) {
        Thread.sleep(20);
      }
    });
  }

  @AfterAll
  void stop() throws Exception {
    if (discord != null) {
      discord.closeAfter(bot);
    }
    if (manager != null) {
      manager.close();
    }
  }

  /**
   * The home server: owned by someone else than the test users, with a role that grants Manage
   * Server and the configured moderator role (which grants nothing by itself).
   */
  static ObjectNode homeGuild() {
    ObjectNode g = FakeDiscord.guildCreate();
    g.put("owner_id", "900000000000000099");
    ArrayNode roles = (ArrayNode) g.path("roles");
    for (String[] r : new String[][] {{MANAGERS_ROLE, "managers", Long.toString(MANAGE_SERVER)},
        {MODERATOR_ROLE, "moderators", "0"}}) {
      ObjectNode role = roles.addObject();
      role.put("id", r[0]).put("name", r[1]).put("permissions", r[2]).put("position", 1)
          .put("color", 0).put("hoist", false).put("managed", false).put("mentionable", false)
          .put("flags", 0);
      role.putObject("colors").put("primary_color", 0);
    }
    return g;
  }

  /** A command in the home server; a moderator holds Manage Server through a role. */
  private static ObjectNode command(String token, String name, String option, String value,
      boolean moderator) {
    ObjectNode i = FakeDiscord.slashCommand(FakeDiscord.snowflake(), token, name, option, value);
    if (moderator) {
      withManageServer(i, MANAGERS_ROLE);
    }
    return i;
  }

  /** Gives the member the role and Manage Server in the permissions Discord computes. */
  private static ObjectNode withManageServer(ObjectNode interaction, String role) {
    ObjectNode member = (ObjectNode) interaction.path("member");
    long permissions = Long.parseLong(member.path("permissions").asText()) | MANAGE_SERVER;
    member.put("permissions", Long.toString(permissions));
    ((ArrayNode) member.path("roles")).add(role);
    return interaction;
  }

  /** The same command from another server the bot was invited to, where the user manages it. */
  private static ObjectNode fromOtherGuild(ObjectNode interaction) {
    String other = FakeDiscord.OTHER_GUILD_ID;
    interaction.put("guild_id", other).put("channel_id", "900000000000000019");
    ((ObjectNode) interaction.path("guild")).put("id", other);
    ((ObjectNode) interaction.path("channel")).put("id", "900000000000000019")
        .put("guild_id", other);
    ((ObjectNode) interaction.path("authorizing_integration_owners")).put("0", other);
    return interaction;
  }

  private FakeDiscord.Call callback(String token) throws InterruptedException {
    return discord.await(c -> c.path().startsWith(API + "/interactions/")
        && c.path().endsWith("/" + token + "/callback"), WAIT);
  }

  private String editedContent(String token) throws InterruptedException {
    return discord.await(c -> c.path().equals(API + "/webhooks/" + FakeDiscord.APP_ID + "/"
        + token + "/messages/@original"), WAIT).json().path("content").asText();
  }

  private List<String> corpusFiles() throws Exception {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @Order(1)
  void start_registersModeratorCommandsInTheHomeGuildOnlyForManageServerByDefault()
      throws Exception {
    FakeDiscord.Call put = assertTimeoutPreemptively(WAIT, () -> discord.await(
        c -> c.method().equals("PUT") && c.path().endsWith("/commands"), WAIT));
    assertEquals(API + "/applications/" + FakeDiscord.APP_ID + "/guilds/" + FakeDiscord.GUILD_ID
        + "/commands", put.path(), "registered in the home guild, not globally");
    JsonNode commands = put.json();
    for (String name : List.of("add", "refresh", "remove")) {
      JsonNode c = null;
      for (JsonNode n : commands) {
        if (n.path("name").asText().equals(name)) {
          c = n;
        }
      }
      assertTrue(c != null, name + " registered: " + commands);
      assertEquals(Long.toString(MANAGE_SERVER), c.path("default_member_permissions").asText(),
          name);
    }
    assertTrue(commands.toString().contains("\"name\":\"ask\""), "the usual commands stay");
  }

  @Test
  @Order(2)
  void nonModerator_everyAdminCommand_isRefusedPolitelyAndChangesNothing() throws Exception {
    List<String> before = corpusFiles();
    String version = manager.corpus().version();
    assertTimeoutPreemptively(WAIT, () -> {
      String[][] commands = {{"add", "url", "http://127.0.0.1:9/page"}, {"refresh", null, null},
          {"remove", "id", "birch"}};
      for (String[] c : commands) {
        String token = "token-refused-" + c[0];
        discord.dispatch("INTERACTION_CREATE", command(token, c[0], c[1], c[2], false));
        JsonNode reply = callback(token).json();
        assertEquals(4, reply.path("type").asInt(), "an immediate reply to /" + c[0]);
        assertEquals(64, reply.path("data").path("flags").asInt(), "only the asker sees it");
        assertEquals(DiscordModeratorCommands.REFUSAL,
            reply.path("data").path("content").asText());
      }
    });
    assertEquals(before, corpusFiles());
    assertEquals(version, manager.corpus().version());
    assertFalse(Files.exists(tmp.resolve("data").resolve("audit.jsonl")),
        "refusals change nothing, so nothing to audit");
  }

  @Test
  @Order(2)
  void managerOfAnotherGuild_everyAdminCommand_isRefusedAndChangesNothing() throws Exception {
    List<String> before = corpusFiles();
    String version = manager.corpus().version();
    assertTimeoutPreemptively(WAIT, () -> {
      String[][] commands = {{"add", "url", "http://127.0.0.1:9/page"}, {"refresh", null, null},
          {"remove", "id", "birch"}};
      for (String[] c : commands) {
        String token = "token-other-guild-" + c[0];
        ObjectNode interaction = fromOtherGuild(withManageServer(FakeDiscord.slashCommand(
            FakeDiscord.snowflake(), token, c[0], c[1], c[2]), MANAGERS_ROLE));
        discord.dispatch("INTERACTION_CREATE", interaction);
        JsonNode reply = callback(token).json();
        assertEquals(4, reply.path("type").asInt(), "an immediate reply to /" + c[0]);
        assertEquals(64, reply.path("data").path("flags").asInt(), "only the asker sees it");
        assertEquals(DiscordModeratorCommands.NOT_HOME,
            reply.path("data").path("content").asText());
      }
    });
    assertEquals(before, corpusFiles());
    assertEquals(version, manager.corpus().version());
    assertFalse(Files.exists(tmp.resolve("data").resolve("audit.jsonl")));
  }

  @Test
  @Order(3)
  void moderator_remove_defersEphemerallyThenReportsAndAudits() throws Exception {
    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", command("token-remove", "remove", "id", "birch",
          true));
      JsonNode deferred = callback("token-remove").json();
      assertEquals(5, deferred.path("type").asInt(), "deferred");
      assertEquals(64, deferred.path("data").path("flags").asInt(), "ephemeral");

      String content = editedContent("token-remove");
      assertTrue(content.startsWith("Removed birch"), content);
      assertTrue(content.contains("Removed: birch"), content);
    });
    assertFalse(Files.exists(corpus.resolve("birch.txt")));
    String audit = Files.readString(tmp.resolve("data").resolve("audit.jsonl"),
        StandardCharsets.UTF_8);
    assertTrue(audit.contains("\"platform\":\"discord\""), audit);
    assertTrue(audit.contains("\"action\":\"remove\""), audit);
    assertFalse(audit.contains(FakeDiscord.USER_ID), "the user is stored hashed: " + audit);
  }

  @Test
  @Order(4)
  void moderator_refreshAndBadAdd_getTheirReports() throws Exception {
    Files.writeString(corpus.resolve("cedar.txt"), Articles.festival("Cedar"));
    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", command("token-refresh", "refresh", null, null,
          true));
      String refreshed = editedContent("token-refresh");
      assertTrue(refreshed.startsWith("Corpus refreshed: 2 articles"), refreshed);
      assertTrue(refreshed.contains("Added: cedar"), refreshed);

      discord.dispatch("INTERACTION_CREATE", command("token-add", "add", "url",
          "ftp://example.org/a.html", true));
      String added = editedContent("token-add");
      assertTrue(added.contains("is not an http or https address"), added);
    });
    assertEquals(Optional.of("cedar"),
        manager.answers().source("cedar").map(s -> s.source().id()));
  }


  @Test
  @Order(5)
  void nonModerator_addFile_isRefusedAndTheAttachmentIsNotFetched() throws Exception {
    byte[] bytes = Articles.LIGHTHOUSE.getBytes(StandardCharsets.UTF_8);
    String attachmentId = FakeDiscord.snowflake();
    String url = discord.putAttachment(attachmentId, "lighthouse.md", bytes);
    List<String> before = corpusFiles();

    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", FakeDiscord.attachmentCommand(
          FakeDiscord.snowflake(), "token-add-file-refused", "add", "file", attachmentId,
          "lighthouse.md", bytes.length, url));
      JsonNode reply = callback("token-add-file-refused").json();
      assertEquals(64, reply.path("data").path("flags").asInt(), "only the asker sees it");
      assertEquals(DiscordModeratorCommands.REFUSAL, reply.path("data").path("content").asText());
    });
    assertEquals(before, corpusFiles());
    AssertionError notFetched = assertThrows(
        AssertionError.class, () -> discord.await(c -> url.endsWith(c.path()),
            Duration.ofMillis(300)));
    assertTrue(notFetched.getMessage().startsWith("no matching request"), notFetched.toString());
  }

  @Test
  @Order(6)
  void moderatorRole_addFile_downloadsTheAttachmentSavesItAndReportsEphemerally()
      throws Exception {
    byte[] bytes = Articles.LIGHTHOUSE.getBytes(StandardCharsets.UTF_8);
    String attachmentId = FakeDiscord.snowflake();
    String url = discord.putAttachment(attachmentId, "lighthouse.md", bytes);
    ObjectNode add = FakeDiscord.attachmentCommand(FakeDiscord.snowflake(), "token-add-file",
        "add", "file", attachmentId, "lighthouse.md", bytes.length, url);
    // A member of the configured moderator role, without Manage Server.
    ((ArrayNode) add.path("member").path("roles")).add(MODERATOR_ROLE);

    assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", add);
      JsonNode deferred = callback("token-add-file").json();
      assertEquals(5, deferred.path("type").asInt(), "deferred");
      assertEquals(64, deferred.path("data").path("flags").asInt(), "ephemeral");
      discord.await(c -> c.method().equals("GET") && url.endsWith(c.path()), WAIT);

      String content = editedContent("token-add-file");
      assertTrue(content.startsWith("Added lighthouse: "), content);
      assertTrue(content.contains("The Kerrow Lighthouse Turns 150"), content);
      assertTrue(content.contains("Kerrow Gazette"), content);
    });
    assertEquals(Articles.LIGHTHOUSE, Files.readString(corpus.resolve("lighthouse.md"),
        StandardCharsets.UTF_8));
    assertEquals(Optional.of("The Kerrow Lighthouse Turns 150"),
        manager.answers().source("lighthouse").map(s -> s.source().title()));
    String audit = Files.readString(tmp.resolve("data").resolve("audit.jsonl"),
        StandardCharsets.UTF_8);
    assertTrue(audit.contains("\"action\":\"add-file\""), audit);
  }

  @Test
  @Order(7)
  void ask_afterArticlesWereAdded_footerCountsTheLiveCorpus() throws Exception {
    int articles = manager.answers().sources().size();
    assertEquals(3, articles, "amber, cedar and lighthouse after the steps above");

    JsonNode embed = assertTimeoutPreemptively(WAIT, () -> {
      discord.dispatch("INTERACTION_CREATE", command("token-ask-after-add", "ask", "question",
          "When did the Kerrow Lighthouse turn 150?", false));
      return discord.await(c -> c.path().equals(API + "/webhooks/" + FakeDiscord.APP_ID
          + "/token-ask-after-add/messages/@original"), WAIT).json().path("embeds").get(0);
    });

    assertEquals(BotTexts.footer(articles), embed.path("footer").path("text").asText(),
        "the started bot had 2 articles; the footer must follow the corpus");
  }

  @Test
  void allows_manageServerOrConfiguredRoleOnly() {
    assertTrue(DiscordModeratorCommands.allows(true, List.of(), Optional.empty()));
    assertTrue(DiscordModeratorCommands.allows(false, List.of(5L, 7L), Optional.of(7L)));
    assertFalse(DiscordModeratorCommands.allows(false, List.of(5L), Optional.of(7L)));
    assertFalse(DiscordModeratorCommands.allows(false, List.of(7L), Optional.empty()));
  }
}
