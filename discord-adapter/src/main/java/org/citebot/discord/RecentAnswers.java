package org.citebot.discord;

import java.time.Duration;
import org.citebot.answer.Answer;

/** Answers recently shown, for their "More sources" and feedback buttons. */
final class RecentAnswers extends RecentlyShown<RecentAnswers.Entry> {

  /** The answer and the question exactly as the user typed it (for the feedback log). */
  record Entry(Answer answer, String question) {}

  RecentAnswers(int maximumSize, Duration maximumAge) {
    super(maximumSize, maximumAge);
  }

  String remember(Answer answer, String question) {
    return remember(new Entry(answer, question));
  }
}
