package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.citebot.answer.Answer;
import org.citebot.answer.QuestionType;
import org.junit.jupiter.api.Test;

class PendingAnswersTest {

  private final AtomicLong now = new AtomicLong();
  private final PendingAnswers pending = new PendingAnswers(2, Duration.ofHours(1), now::get);
  private final Answer answer = new Answer("a1", "q?", false, QuestionType.WHAT, List.of(),
      List.of(), List.of(), List.of());

  @Test
  void put_thenFind_givesTheAnswerAndTheQuestionAsTyped() {
    String key = pending.put(answer, "Q?  ");

    assertEquals(Optional.of(new PendingAnswers.Pending(answer, "Q?  ")), pending.find(key));
    assertTrue(key.matches("[a-z0-9]{1,20}"), key);
  }

  @Test
  void put_twice_givesDistinctKeys() {
    assertNotEquals(pending.put(answer, "q?"), pending.put(answer, "q?"));
  }

  @Test
  void find_afterMaximumAgeWithoutUse_isEmpty() {
    String key = pending.put(answer, "q?");
    now.addAndGet(Duration.ofMinutes(61).toNanos());

    assertEquals(Optional.empty(), pending.find(key));
  }

  @Test
  void put_beyondMaximumSize_evictsOldAnswers() {
    for (int i = 0; i < 5; i++) {
      pending.put(answer, "q" + i);
    }

    assertTrue(pending.size() <= 2, "size " + pending.size());
  }

  @Test
  void firstVote_sameUserTwice_countsOnce() {
    String key = pending.put(answer, "q?");

    assertTrue(pending.firstVote(key, "u1"));
    assertFalse(pending.firstVote(key, "u1"));
    assertTrue(pending.firstVote(key, "u2"));
  }

  @Test
  void buttonKeys_kindMustBeALowercaseLetter() {
    assertEquals("illegal kind: '1', must be a lowercase letter",
        assertThrows(IllegalArgumentException.class, () -> new ButtonKeys('1')).getMessage());
  }

  @Test
  void outcome_tags_areTheMetricValues() {
    assertEquals(List.of("answered", "abstained", "rate_limited", "error"), Outcome.tags());
    assertEquals(Outcome.RATE_LIMITED, Outcome.ofTag("rate_limited"));
    assertEquals("illegal outcome: maybe, must be one of [answered, abstained, rate_limited, error]",
        assertThrows(IllegalArgumentException.class, () -> Outcome.ofTag("maybe")).getMessage());
  }
}
