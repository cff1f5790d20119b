package org.citebot.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

  @Test
  void record_chatUser_isStoredAsTheFeedbackLogsHash(@TempDir Path dir) throws Exception {
    AuditLog log = new AuditLog(dir.resolve("audit.jsonl"),
        Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

    log.record(new CorpusAdmin.Actor("discord", "123456"), "remove", "amber", "ok");

    // The same value FeedbackLogTest pins, so both logs can be matched.
    assertEquals("{\"time\":\"2026-01-02T03:04:05Z\",\"platform\":\"discord\","
        + "\"user\":\"176ece2ee03459855b189016\",\"action\":\"remove\",\"target\":\"amber\","
        + "\"result\":\"ok\"}\n", Files.readString(dir.resolve("audit.jsonl")));
  }
}
