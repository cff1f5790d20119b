package org.citebot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.citebot.answer.Answer;

/**
 * Recent answers by a short key, so that buttons under an answer ("More sources", 👍/👎) can find
 * it again. Bounded in size and age: after a restart or a long while, a button reports that the
 * answer has expired instead of growing memory without limit.
 */
final class AnswerRegistry {

  private final Cache<String, Answer> answers;
  private final Cache<String, Boolean> votes;
  /** Differs per process so keys from before a restart never name a new answer. */
  private final String bootPrefix;
  private final AtomicLong counter = new AtomicLong();

  /**
   * @param maxAnswers answers kept (default 10,000), at least 1
   * @param maxAge how long an answer stays reachable after its last use (default 2 days)
   * @param ticker Caffeine's time source, {@code Ticker.systemTicker()} outside tests
   */
  AnswerRegistry(int maxAnswers, Duration maxAge, Ticker ticker) {
    if (maxAnswers < 1) {
      throw new IllegalArgumentException("illegal maxAnswers: " + maxAnswers + ", must be at least 1");
    }
    this.answers = Caffeine.newBuilder().maximumSize(maxAnswers).expireAfterAccess(maxAge)
        .ticker(ticker).build();
    this.votes = Caffeine.newBuilder().maximumSize(maxAnswers * 5L).expireAfterWrite(maxAge)
        .ticker(ticker).build();
    this.bootPrefix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36), 36);
  }

  static AnswerRegistry withDefaults() {
    return new AnswerRegistry(10_000, Duration.ofDays(2), Ticker.systemTicker());
  }

  /** Stores an answer and returns its new key (lowercase letters and digits, short). */
  String put(Answer answer) {
    String key = bootPrefix + "x" + Long.toString(counter.incrementAndGet(), 36);
    answers.put(key, answer);
    return key;
  }

  Optional<Answer> get(String key) {
    return Optional.ofNullable(answers.getIfPresent(key));
  }

  /** Records that a user voted on an answer; false when they already had. */
  boolean firstVote(String key, String userId) {
    return votes.asMap().putIfAbsent(key + "/" + userId, Boolean.TRUE) == null;
  }
}
