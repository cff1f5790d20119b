package org.citebot.discord;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.chat.ButtonOwner;
import org.citebot.chat.ButtonTargets;
import org.citebot.chat.Outcome;
import org.citebot.chat.PendingAnswers;
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

  /** What the desk hands back for a question. */
  sealed interface Result permits Answered, Failed {}

  /** The core answered (or abstained); {@code key} is for the answer's buttons. */
  record Answered(Answer answer, String key) implements Result {}

  /** Answering failed; the user gets the polite error text. */
  record Failed() implements Result {}

  private final AnswerService answers;
  private final RateLimiter limiter;
  private final MeterRegistry meters;
  private final PendingAnswers recent;

  QuestionDesk(AnswerService answers, RateLimiter limiter, MeterRegistry meters,
      PendingAnswers recent) {
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
      count(Outcome.RATE_LIMITED);
      return Optional.of(RateLimiter.seconds(wait.get()));
    }
    return Optional.empty();
  }

  /**
   * Answers an admitted question; never throws.
   *
   * @param asker whom the answer's buttons will work for
   */
  Result answer(String question, Origin origin, ButtonOwner asker) {
    try {
      Answer answer = answers.ask(question);
      count(Outcome.of(answer));
      return new Answered(answer, recent.put(answer, question, asker));
    } catch (RuntimeException e) {
      count(Outcome.ERROR);
      LOG.error("answering failed ({}, question length {}, outcome={})", origin,
          question.length(), Outcome.ERROR, e);
      return new Failed();
    }
  }

  /** The answer behind a button, if {@code presser} asked it. */
  ButtonTargets.Lookup<PendingAnswers.Pending> recall(String key, ButtonOwner presser) {
    return recent.find(key, presser);
  }

  /** Counts a question that could not be answered for a reason outside the core. */
  void countError() {
    count(Outcome.ERROR);
  }

  private void count(Outcome outcome) {
    BotMetrics.questions(meters, PLATFORM, outcome).increment();
  }
}
