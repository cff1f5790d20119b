package org.citebot.serving;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.citebot.answer.AnswerService;
import org.citebot.chat.Outcome;
import org.citebot.text.Source;

/**
 * The port through which chat adapters and the CLI change the corpus: refresh, add, remove. Each
 * call names who acts, is written to the audit log, and never throws for bad input: the outcome
 * says in plain words what happened, ready to show to the moderator. Permission checks are the
 * adapters' job (only they know the platform's roles).
 */
public interface CorpusAdmin {

  /** Re-reads the corpus directory and swaps in the new index. */
  Outcome refresh(Actor actor);

  /** Fetches a web page, saves its article into the corpus directory, and refreshes. */
  Outcome addUrl(Actor actor, String url);

  /** Saves an article file sent by a moderator (attachment, document) and refreshes. */
  Outcome addFile(Actor actor, String fileName, byte[] bytes);

  /** Saves pasted article text (optionally with front matter) and refreshes. */
  Outcome addText(Actor actor, String text);

  /** Moves an article's file to the trash (recoverable) and refreshes. */
  Outcome remove(Actor actor, String articleId);

  /** Called with each article that a refresh newly added, e.g. to announce it. */
  void onNewSource(Consumer<Source> listener);

  /** "title (outlet, 22 May 2023)": how a new source is announced and confirmed. */
  static String describe(Source s) {
    StringBuilder sb = new StringBuilder(s.title());
    if (s.outlet() != null || s.published() != null) {
      sb.append(" (");
      if (s.outlet() != null) {
        sb.append(s.outlet());
      }
      if (s.published() != null) {
        sb.append(s.outlet() != null ? ", " : "").append(s.published().getDayOfMonth())
            .append(' ').append(s.published().getMonth().getDisplayName(
                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
            .append(' ').append(s.published().getYear());
      }
      sb.append(')');
    }
    return sb.toString();
  }

  /** The announcement of a newly added source. */
  static String announcement(Source s) {
    return "New source: " + describe(s);
  }

  /**
   * The admin behind an answer service, when that service offers one (the live service of a
   * corpus directory does; the embedded corpus does not).
   */
  static Optional<CorpusAdmin> of(AnswerService answers) {
    return answers instanceof Administered a ? a.corpusAdmin() : Optional.empty();
  }

  /** An answer service whose corpus can be administered; see {@link #of}. */
  interface Administered {
    Optional<CorpusAdmin> corpusAdmin();
  }

  /**
   * Who acts.
   *
   * @param platform "discord", "telegram" or "cli"
   * @param userId the platform's user id (stored only hashed for chat platforms)
   */
  record Actor(String platform, String userId) {
    public Actor {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(userId, "userId");
      if (platform.isBlank()) {
        throw new IllegalArgumentException("platform must not be blank");
      }
    }
  }

  /**
   * What an action did.
   *
   * @param ok whether the action succeeded (false: nothing was changed)
   * @param message what to tell the moderator, possibly several lines
   */
  record Outcome(boolean ok, String message) {
    public Outcome {
      Objects.requireNonNull(message, "message");
    }
  }
}
