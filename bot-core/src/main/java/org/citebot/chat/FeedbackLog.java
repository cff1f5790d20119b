package org.citebot.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.citebot.text.Hashes;

/**
 * Appends users' 👍/👎 votes to a JSON Lines file that moderators can read. User ids are stored
 * only as a salted hash, so the file does not identify people.
 */
public final class FeedbackLog {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;
  private final Clock clock;

  public FeedbackLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  public Path file() {
    return file;
  }

  /** One vote. {@code up} is true for 👍. */
  public synchronized void record(
      String platform, String userId, String question, String answerId, boolean up)
      throws IOException {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", clock.instant().toString());
    line.put("platform", platform);
    line.put("user", hashUser(platform, userId));
    line.put("question", question);
    line.put("answer", answerId);
    line.put("vote", up ? "up" : "down");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
  }

  static String hashUser(String platform, String userId) {
    return Hashes.sha256Prefix("citebot:" + platform + ":" + userId, 12);
  }
}
