package org.citebot.discord;

import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the question in a message that mentions the bot. */
final class Mentions {

  private Mentions() {}

  /**
   * The question in a message: its text without the bot's mentions ({@code <@id>} or
   * {@code <@!id>}), possibly blank (then the user gets help). Empty when the message is not for
   * the bot: in a server, only messages that mention it are; in a DM, every message is.
   */
  static Optional<String> questionFor(String content, String selfId, boolean directMessage) {
    Pattern self = Pattern.compile("<@!?" + Pattern.quote(selfId) + ">");
    boolean mentioned = self.matcher(content).find();
    if (!mentioned && !directMessage) {
      return Optional.empty();
    }
    return Optional.of(self.matcher(content).replaceAll(" ").replaceAll("\\s+", " ").strip());
  }
}
