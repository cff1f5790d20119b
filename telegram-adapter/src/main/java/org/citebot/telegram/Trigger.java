package org.citebot.telegram;

/** What an incoming message asks the bot to do. */
sealed interface Trigger {

  /** /start: the greeting. */
  record Start() implements Trigger {}

  /** /help, or an unknown command in a private chat. */
  record Help() implements Trigger {}

  /** A question to answer. */
  record Ask(String question) implements Trigger {
    public Ask {
      if (question == null || question.isBlank()) {
        throw new IllegalArgumentException("question must not be blank, was: '" + question + "'");
      }
    }
  }

  /** The bot was addressed without a question (e.g. a bare /ask): explain how to ask. */
  record HowToAsk() implements Trigger {}

  /** /sources: the article list. */
  record Sources() implements Trigger {}

  /** /source id: one article. */
  record SourceDetails(String id) implements Trigger {}

  /** /timeline [topic]: dated events; a blank topic means the whole corpus. */
  record Timeline(String topic) implements Trigger {}

  /** /perspectives topic: one quote per outlet; a blank topic gets told how to use it. */
  record Perspectives(String topic) implements Trigger {}

  /** A sticker, photo or other non-text message in a private chat. */
  record NotText() implements Trigger {}

  /** Not for the bot (a group message that does not address it, another bot's command, ...). */
  record Ignore(String reason) implements Trigger {}
}
