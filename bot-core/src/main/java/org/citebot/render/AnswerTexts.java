package org.citebot.render;

/**
 * The words an answer's layout is built with, the same on every platform. They live here, below
 * the chat layer, because the console renders answers too; {@code chat.BotTexts} refers to them.
 */
public final class AnswerTexts {

  private AnswerTexts() {}

  public static final String NOT_ANSWERED = "The articles don't answer that.";

  public static final String RELATED_INTRO = "Articles that mention related things:";

  /** Heads an answer given from the articles' own details rather than from their text. */
  public static final String DETAILS_INTRO = "From the articles' own details:";

  /** The line under every answer: it names the live size of the corpus. */
  public static String footer(int articleCount) {
    if (articleCount < 0) {
      throw new IllegalArgumentException(
          "illegal articleCount: " + articleCount + ", must not be negative");
    }
    return "Every answer is a verbatim quote from " + articleCount + " article"
        + (articleCount == 1 ? "" : "s") + "; nothing is generated.";
  }
}
