package org.citebot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.citebot.chat.ButtonOwner;
import org.citebot.chat.ButtonTargets;
import org.citebot.chat.PendingAnswers;
import org.citebot.chat.RateLimiter;
import org.junit.jupiter.api.Test;

class QuestionDeskTest {

  private final AtomicLong nanos = new AtomicLong();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final TinyCorpus.FakeAnswers answers = new TinyCorpus.FakeAnswers();
  private final QuestionDesk desk = new QuestionDesk(answers,
      new RateLimiter(2, Duration.ofSeconds(30), nanos::get), meters,
      new PendingAnswers(100, Duration.ofHours(1), nanos::get));
  private final QuestionDesk.Origin origin = new QuestionDesk.Origin("/ask", "1", "2");
  private final ButtonOwner asker = new ButtonOwner("2", "u1");

  @Test
  void answer_answeredQuestion_isCountedAndRemembered() {
    QuestionDesk.Result outcome = desk.answer("When was the checkpoint opened?", origin, asker);

    QuestionDesk.Answered a = assertInstanceOf(QuestionDesk.Answered.class, outcome);
    assertTrue(a.answer().answered());
    ButtonTargets.Found<PendingAnswers.Pending> found = assertInstanceOf(ButtonTargets.Found.class,
        desk.recall(a.key(), asker));
    assertEquals("When was the checkpoint opened?", found.value().question());
    assertInstanceOf(ButtonTargets.NotYours.class, desk.recall(a.key(), new ButtonOwner("2", "u2")),
        "another user's click finds nothing of the question");
    assertEquals(1.0, count("answered"));
  }

  @Test
  void answer_outOfCorpusQuestion_isCountedAsAbstained() {
    desk.answer("Who won the football cup?", origin, asker);
    assertEquals(1.0, count("abstained"));
  }

  @Test
  void answer_coreFails_returnsFailedAndCountsError() {
    answers.failure = new IllegalStateException("index closed");

    assertInstanceOf(QuestionDesk.Failed.class, desk.answer("checkpoint?", origin, asker));
    assertEquals(1.0, count("error"));
  }

  @Test
  void admit_overLimit_returnsWholeSecondsAndCountsRateLimited() {
    assertEquals(Optional.empty(), desk.admit("u1"));
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertEquals(Optional.empty(), desk.admit("u1"));
    nanos.addAndGet(Duration.ofMillis(500).toNanos());

    assertEquals(Optional.of(29L), desk.admit("u1"));
    assertEquals(Optional.empty(), desk.admit("u2"), "limits are per user");
    assertEquals(1.0, count("rate_limited"));
  }

  @Test
  void recall_unknownKey_isExpired() {
    assertInstanceOf(ButtonTargets.Expired.class, desk.recall("zz", asker));
  }

  private double count(String outcome) {
    return meters.counter("citebot.questions", "platform", "discord", "outcome", outcome).count();
  }
}
