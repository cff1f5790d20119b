package org.citebot.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.citebot.answer.Answer;

/**
 * Answers shown with buttons ("More sources", 👍/👎), by the key the buttons carry; the one store
 * of pending answers that every chat adapter uses. Bounded in size and age: after a restart or a
 * long while, a button reports that the answer expired. An answer's buttons work only for the
 * person who asked, in the chat where it was shown ({@link ButtonOwner}): "More sources" repeats
 * the question, which may be private. Thread-safe.
 */
public final class PendingAnswers {

  /** Answers kept by default. */
  public static final int DEFAULT_SIZE = 10_000;

  /**
   * A shown answer.
   *
   * @param answer the answer
   * @param question the question exactly as the user typed it, for the feedback log
   */
  public record Pending(Answer answer, String question) {
    public Pending {
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(question, "question");
    }
  }

  private final ButtonTargets<Pending> answers;
  private final Cache<String, Boolean> votes;

  /**
   * @param maximumSize answers kept (default {@value #DEFAULT_SIZE}), at least 1
   * @param maximumAge how long an answer's buttons keep working after it was shown
   * @param nanoTime the time source, {@code System::nanoTime} outside tests
   */
  public PendingAnswers(int maximumSize, Duration maximumAge, LongSupplier nanoTime) {
    this.answers = new ButtonTargets<>(new ButtonKeys('x'), maximumSize, maximumAge, nanoTime);
    Ticker ticker = nanoTime::getAsLong;
    this.votes = Caffeine.newBuilder().maximumSize(maximumSize * 5L).expireAfterWrite(maximumAge)
        .ticker(ticker).build();
  }

  /**
   * Stores an answer to the question as typed, shown to {@code asker}, and returns the key for its
   * buttons.
   */
  public String put(Answer answer, String question, ButtonOwner asker) {
    return answers.put(asker, new Pending(answer, question));
  }

  /** The answer under the key if {@code presser} asked it; otherwise why not. */
  public ButtonTargets.Lookup<Pending> find(String key, ButtonOwner presser) {
    return answers.find(key, presser);
  }

  /** Records that a user voted on an answer; false when they already had. */
  public boolean firstVote(String key, String userId) {
    return votes.asMap().putIfAbsent(key + "/" + userId, Boolean.TRUE) == null;
  }

  /** Answers held after pending evictions are applied, for tests that check the bound. */
  public long size() {
    return answers.size();
  }
}
