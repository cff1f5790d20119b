package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackLogTest {

  @Test
  void record_appendsOneJsonLinePerVote_withoutTheRawUserId(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/feedback.jsonl");
    FeedbackLog log = new FeedbackLog(file,
        Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
    log.record("discord", "123456", "When?", "abc", true);
    log.record("telegram", "99", "Who?", "def", false);

    List<String> lines = Files.readAllLines(file);
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("2026-01-02T03:04:05Z", first.get("time").asText());
    assertEquals("discord", first.get("platform").asText());
    assertEquals("up", first.get("vote").asText());
    assertEquals("abc", first.get("answer").asText());
    assertFalse(lines.get(0).contains("123456"));
    assertEquals("down", new ObjectMapper().readTree(lines.get(1)).get("vote").asText());
  }

  @Test
  void hashUser_isTheFirst12BytesOfTheSaltedSha256AsHex() {
    // Stored in feedback.jsonl and matched against audit.jsonl: must never change.
    assertEquals("176ece2ee03459855b189016", FeedbackLog.hashUser("discord", "123456"));
  }
}
