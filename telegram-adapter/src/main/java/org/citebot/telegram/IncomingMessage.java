package org.citebot.telegram;

import java.util.Objects;

/**
 * The facts about a Telegram message that decide whether and how the bot answers it, apart from
 * the library's types so that the decision can be tested on its own.
 *
 * @param chatType Telegram's chat type: "private", "group", "supergroup" or "channel"
 * @param text the message text, or null for stickers, photos and other non-text messages
 * @param replyToBot whether the message replies to one of the bot's messages
 * @param fromBot whether a bot sent it (never answered, so bots cannot loop)
 * @param automaticForward whether it is a channel post copied into the linked discussion group
 * @param relayed whether its sender did not type it as it is: forwarded, edited or sent through
 *     an inline bot; such a message is never a command
 */
record IncomingMessage(String chatType, String text, boolean replyToBot, boolean fromBot,
    boolean automaticForward, boolean relayed) {

  IncomingMessage(String chatType, String text, boolean replyToBot, boolean fromBot,
      boolean automaticForward) {
    this(chatType, text, replyToBot, fromBot, automaticForward, false);
  }

  IncomingMessage {
    Objects.requireNonNull(chatType, "chatType");
  }

  boolean isPrivate() {
    return "private".equals(chatType);
  }

  boolean isGroup() {
    return "group".equals(chatType) || "supergroup".equals(chatType);
  }
}
