package org.citebot.chat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Objects;
import org.citebot.answer.AnswerService;
import org.citebot.config.Settings;

/**
 * Everything a chat adapter gets from the core, wired once in {@code main}.
 *
 * @param answers the question-answering port
 * @param settings configuration (tokens, ids, limits)
 * @param feedback where 👍/👎 votes go
 * @param rateLimiter per-user question limit, shared by all adapters in the process
 * @param meters metrics registry; adapters count questions by platform here
 * @param clock time source
 */
public record BotContext(
    AnswerService answers,
    Settings settings,
    FeedbackLog feedback,
    RateLimiter rateLimiter,
    MeterRegistry meters,
    Clock clock) {

  public BotContext {
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(rateLimiter, "rateLimiter");
    Objects.requireNonNull(meters, "meters");
    Objects.requireNonNull(clock, "clock");
  }
}
