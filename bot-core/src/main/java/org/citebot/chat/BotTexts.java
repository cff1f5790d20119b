package org.citebot.chat;

import org.citebot.render.AnswerTexts;

/**
 * User-facing texts shared by all platforms, so every adapter says the same thing. The texts of
 * an answer's layout live in {@link AnswerTexts}, below this layer; they are repeated here so that
 * chat code finds every text in one place.
 */
public final class BotTexts {

  private BotTexts() {}

  public static final String WHAT_IT_DOES =
      "I answer questions about the articles in my corpus, and only with exact quotes from "
          + "them, each cited with its outlet, title, date and link. I never write an answer "
          + "of my own, so I cannot make facts up. When the articles do not answer a question, "
          + "I say so.";

  public static final String HOW_TO_ASK =
      "Ask a short, specific question, e.g. \"When was the checkpoint set up?\" or \"Who is "
          + "the Prime Minister of Armenia?\". Questions about when, who, where and how many "
          + "work best.";

  public static final String NOT_ANSWERED = AnswerTexts.NOT_ANSWERED;

  public static final String RELATED_INTRO = AnswerTexts.RELATED_INTRO;

  public static final String ERROR =
      "Sorry, something went wrong while answering. Please try again in a moment.";

  public static final String TEXT_ONLY = "Please send me your question as text.";

  /** For a button pressed by someone other than the person it was shown to. */
  public static final String NOT_YOUR_BUTTON =
      "These buttons belong to the person who asked. Please ask your own question to use them.";

  public static String rateLimited(long seconds) {
    return "You are asking quickly. Please wait " + seconds + " second" + (seconds == 1 ? "" : "s")
        + " before your next question.";
  }

  public static String footer(int articleCount) {
    return AnswerTexts.footer(articleCount);
  }
}
