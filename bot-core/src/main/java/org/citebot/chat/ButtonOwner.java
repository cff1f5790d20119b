package org.citebot.chat;

import java.util.Objects;

/**
 * Who a message's buttons belong to: the person the message answered, in the chat where it was
 * shown. A button works only for that person in that chat, so nobody can vote on, or see more of,
 * an answer to someone else's question.
 *
 * @param chat the platform's chat or channel id
 * @param user the platform's user id (for an anonymous sender, an id that names the sending chat)
 */
public record ButtonOwner(String chat, String user) {

  public ButtonOwner {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
    if (chat.isBlank() || user.isBlank()) {
      throw new IllegalArgumentException(
          "illegal button owner: chat '" + chat + "', user '" + user + "', both must be non-blank");
    }
  }
}
