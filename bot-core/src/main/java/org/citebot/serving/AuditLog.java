package org.citebot.serving;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.citebot.text.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every moderator action to a JSON Lines file ({@code DATA/audit.jsonl}): time,
 * platform, user, action, target, result. Chat users are stored as the same salted hash the
 * feedback log uses, so both files can be matched without naming anyone; the CLI's user is the
 * operating-system account, stored as is.
 */
public final class AuditLog {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

  private final Path file;
  private final Clock clock;

  public AuditLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  /** One action. A log that cannot be written is reported in the application log only. */
  public synchronized void record(CorpusAdmin.Actor actor, String action, String target,
      String result) {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", clock.instant().toString());
    line.put("platform", actor.platform());
    line.put("user", actor.platform().equals("cli") ? actor.userId()
        : hashUser(actor.platform(), actor.userId()));
    line.put("action", action);
    line.put("target", target);
    line.put("result", result);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      LOG.error("cannot write the audit log {} (action {} on {} by {} user): {}", file, action,
          target, actor.platform(), e.toString());
    }
  }

  /** The feedback log's hash of a chat user ({@code FeedbackLog}), so the two logs match. */
  static String hashUser(String platform, String userId) {
    return Hashes.sha256Prefix("citebot:" + platform + ":" + userId, 12);
  }
}
