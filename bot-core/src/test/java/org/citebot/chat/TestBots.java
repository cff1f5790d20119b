package org.citebot.chat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.citebot.answer.AnswerService;
import org.citebot.config.Settings;

/** What the adapters' end-to-end tests give a bot to start with, built in one place. */
public final class TestBots {

  private TestBots() {}

  /**
   * A context on the system clock that writes feedback to {@code feedbackFile} and lets each user
   * ask {@code asksPerUser} questions per 30 seconds.
   */
  public static BotContext context(AnswerService answers, Settings settings, Path feedbackFile,
      int asksPerUser, MeterRegistry meters) {
    return new BotContext(answers, settings, new FeedbackLog(feedbackFile, Clock.systemUTC()),
        new RateLimiter(asksPerUser, Duration.ofSeconds(30), System::nanoTime), meters,
        Clock.systemUTC());
  }

  /** {@code base} with the key-value pairs of {@code extra} added or replaced. */
  public static Settings settings(Map<String, String> base, String... extra) {
    Map<String, String> s = new HashMap<>(base);
    for (int i = 0; i + 1 < extra.length; i += 2) {
      s.put(extra[i], extra[i + 1]);
    }
    return Settings.of(s);
  }
}
