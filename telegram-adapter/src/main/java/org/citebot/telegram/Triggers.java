package org.citebot.telegram;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what a message asks for. In private chats every text is a question; in groups (where
 * privacy mode shows the bot only commands, replies to it and mentions of it) the bot answers
 * /ask, replies to its messages and messages that mention it. A channel's linked discussion group
 * is a supergroup, so comments under channel posts follow the group rules.
 */
final class Triggers {

  private final String botUsername;
  private final Pattern mention;

  /** @param botUsername the bot's username without "@", as returned by getMe */
  Triggers(String botUsername) {
    if (botUsername == null || !botUsername.matches("[A-Za-z0-9_]{1,64}")) {
      throw new IllegalArgumentException("illegal bot username: '" + botUsername
          + "', must be 1 to 64 letters, digits or underscores");
    }
    this.botUsername = botUsername;
    this.mention = Pattern.compile("@" + Pattern.quote(botUsername) + "(?![A-Za-z0-9_])",
        Pattern.CASE_INSENSITIVE);
  }

  Trigger classify(IncomingMessage m) {
    if (m.fromBot()) {
      return new Trigger.Ignore("sent by a bot");
    }
    if (m.automaticForward()) {
      return new Trigger.Ignore("channel post copied to the discussion group");
    }
    if (!m.isPrivate() && !m.isGroup()) {
      return new Trigger.Ignore("chat type " + m.chatType());
    }
    if (m.text() == null || m.text().isBlank()) {
      return m.isPrivate() ? new Trigger.NotText() : new Trigger.Ignore("no text in a group");
    }
    String text = m.text().strip();
    if (text.startsWith("/")) {
      // A forwarded command would run as the forwarder, not as whoever wrote it.
      return m.relayed() ? new Trigger.Ignore("command in a forwarded or edited message")
          : command(text, m);
    }
    if (m.isPrivate()) {
      return ask(text);
    }
    if (mention.matcher(text).find()) {
      return ask(stripMention(text));
    }
    if (m.replyToBot()) {
      return ask(text);
    }
    return new Trigger.Ignore("group message not addressed to the bot");
  }

  /** Removes mentions of the bot and the punctuation that addressed it ("@bot, when ..."). */
  String stripMention(String text) {
    String s = mention.matcher(text).replaceAll(" ");
    s = s.replaceAll("\\s+", " ").strip();
    return s.replaceFirst("^[,:;.!\\s]+", "").strip();
  }

  private Trigger command(String text, IncomingMessage m) {
    int space = indexOfWhitespace(text);
    String head = space < 0 ? text : text.substring(0, space);
    String rest = space < 0 ? "" : text.substring(space).strip();
    String name = head.substring(1);
    int at = name.indexOf('@');
    if (at >= 0) {
      String target = name.substring(at + 1);
      name = name.substring(0, at);
      if (!target.equalsIgnoreCase(botUsername)) {
        return new Trigger.Ignore("command for another bot");
      }
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "start" -> new Trigger.Start();
      case "help" -> new Trigger.Help();
      case "ask" -> ask(m.isGroup() ? stripMention(rest) : rest);
      case "sources" -> new Trigger.Sources();
      case "timeline" -> new Trigger.Timeline(m.isGroup() ? stripMention(rest) : rest);
      case "perspectives" -> new Trigger.Perspectives(m.isGroup() ? stripMention(rest) : rest);
      case "source" -> rest.isEmpty() ? new Trigger.Sources()
          : new Trigger.SourceDetails(rest.split("\\s+")[0]);
      default -> m.isPrivate() ? new Trigger.Help() : new Trigger.Ignore("unknown command");
    };
  }

  private static Trigger ask(String question) {
    return question.isBlank() ? new Trigger.HowToAsk() : new Trigger.Ask(question);
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
