package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.citebot.chat.BotContext;
import org.citebot.chat.TestBots;
import org.citebot.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the real JDA client's start fails when Discord cannot be reached: one line, no trace. */
class DiscordStartFailureTest {

  @TempDir Path tmp;

  @Test
  void start_withoutNetwork_failsWithOneLineNamingTheAddress() throws Exception {
    // Port 9 (discard) on loopback: nothing listens, as for a host with no network.
    String api = "http://127.0.0.1:9/api/v10/";
    BotContext context = TestBots.context(new TinyCorpus.FakeAnswers(),
        TestBots.settings(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN, "DISCORD_API_URL", api,
            "DISCORD_GATEWAY_URL", "ws://127.0.0.1:9/gateway")),
        tmp.resolve("feedback.jsonl"), 5, new SimpleMeterRegistry());

    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
        ConfigException.class, () -> new DiscordAdapterProvider().start(context)));

    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    assertTrue(e.getMessage().startsWith("cannot reach Discord at " + api), e.getMessage());
    assertFalse(e.getMessage().contains(FakeDiscord.TOKEN.substring(30)), e.getMessage());
  }
}
