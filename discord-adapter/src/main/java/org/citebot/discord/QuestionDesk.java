package org.citebot.discord;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.chat.RateLimiter;
import org.citebot.ops.BotMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every Discord question goes, whatever the trigger: the rate limit, the core's answer, the
 * question counter and the log. Knows no JDA types, so it is tested without a gateway.
 */
final class QuestionDesk {

  static final String PLATFORM = "discord";

  private static final Logger LOG = LoggerFactory.getLogger(QuestionDesk.class);

  /** Where a question came from, for logs: trigger ("/ask", "mention"), guild and channel ids. */
  record Origin(String trigger, String guildId, String channelId) {
    @Override
    public String toString() {
      return "trigger=" + trigger + " guild=" + guildId + " channel=" + channelId;
    }
  }

  /** What happened to a question. */
  sealed interface Outcome permits Answered, Failed {}

  /** The core answered (or abstained); {@code key} is for the answer's buttons. */
  record Answered(Answer answer, String key) implements Outcome {}

  /** Answering failed; the user gets the polite error text. */
  record Failed() implements Outcome {}

  private final AnswerService answers;
  private final RateLimiter limiter;
  private final MeterRegistry meters;
  private final RecentAnswers recent;

  QuestionDesk(AnswerService answers, RateLimiter limiter, MeterRegistry meters, RecentAnswers recent) {
    this.answers = answers;
    this.limiter = limiter;
    this.meters = meters;
    this.recent = recent;
  }

  /**
   * Lets a user's question through the shared rate limit.
   *
   * @return empty when allowed, else the whole seconds to wait (at least 1)
   */
  Optional<Long> admit(String userId) {
    Optional<Duration> wait = limiter.tryAcquire(PLATFORM + ":" + userId);
    if (wait.isPresent()) {
      count("rate_limited");
      return Optional.of(RateLimiter.seconds(wait.get()));
    }
    return Optional.empty();
  }

  /** Answers an admitted question; never throws. */
  Outcome answer(String question, Origin origin) {
    try {
      Answer answer = answers.ask(question);
      count(answer.answered() ? "answered" : "abstained");
      return new Answered(answer, recent.remember(answer, question));
    } catch (RuntimeException e) {
      count("error");
      LOG.error("answering failed ({}, question length {})", origin, question.length(), e);
      return new Failed();
    }
  }

  Optional<RecentAnswers.Entry> recall(String key) {
    return recent.find(key);
  }

  /** Counts a question that could not be answered for a reason outside the core. */
  void countError() {
    count("error");
  }

  private void count(String outcome) {
    meters.counter(BotMetrics.QUESTIONS, "platform", PLATFORM, "outcome", outcome).increment();
  }
}
