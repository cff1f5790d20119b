package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.citebot.answer.Answer;
import org.citebot.answer.QuestionType;
import org.junit.jupiter.api.Test;

class PendingAnswersTest {

  private final AtomicLong now = new AtomicLong();
  private final PendingAnswers pending = new PendingAnswers(2, Duration.ofHours(1), now::get);
  private final Answer answer = new Answer("a1", "q?", false, QuestionType.WHAT, List.of(),
      List.of(), List.of(), List.of());
  private final ButtonOwner asker = new ButtonOwner("chat-1", "user-1");

  @Test
  void put_thenFind_givesTheAnswerAndTheQuestionAsTyped() {
    String key = pending.put(answer, "Q?  ", asker);

    assertEquals(new ButtonTargets.Found<>(new PendingAnswers.Pending(answer, "Q?  ")),
        pending.find(key, asker));
    assertTrue(key.matches("[a-z0-9]{1,40}"), key);
  }

  @Test
  void put_twice_givesDistinctKeys() {
    assertNotEquals(pending.put(answer, "q?", asker), pending.put(answer, "q?", asker));
  }

  @Test
  void find_byAnotherUserInTheSameChat_isNotYoursAndCarriesNothing() {
    String key = pending.put(answer, "my private question", asker);

    assertEquals(new ButtonTargets.NotYours<>(),
        pending.find(key, new ButtonOwner("chat-1", "user-2")));
  }

  @Test
  void find_bySameUserInAnotherChat_isNotYours() {
    String key = pending.put(answer, "q?", asker);

    assertEquals(new ButtonTargets.NotYours<>(),
        pending.find(key, new ButtonOwner("chat-2", "user-1")));
  }

  @Test
  void find_unknownOrNullKey_isExpired() {
    pending.put(answer, "q?", asker);

    assertEquals(new ButtonTargets.Expired<>(), pending.find("x1", asker));
    assertEquals(new ButtonTargets.Expired<>(), pending.find(null, asker));
  }

  @Test
  void find_afterMaximumAgeWithoutUse_isExpired() {
    String key = pending.put(answer, "q?", asker);
    now.addAndGet(Duration.ofMinutes(61).toNanos());

    assertEquals(new ButtonTargets.Expired<>(), pending.find(key, asker));
  }

  @Test
  void find_afterMaximumAgeEvenWhenUsedMeanwhile_isExpired() {
    String key = pending.put(answer, "q?", asker);
    now.addAndGet(Duration.ofMinutes(40).toNanos());
    assertTrue(pending.find(key, asker) instanceof ButtonTargets.Found<?>);
    now.addAndGet(Duration.ofMinutes(40).toNanos());

    assertEquals(new ButtonTargets.Expired<>(), pending.find(key, asker));
  }

  @Test
  void put_beyondMaximumSize_evictsOldAnswers() {
    for (int i = 0; i < 5; i++) {
      pending.put(answer, "q" + i, asker);
    }

    assertTrue(pending.size() <= 2, "size " + pending.size());
  }

  @Test
  void firstVote_sameUserTwice_countsOnce() {
    String key = pending.put(answer, "q?", asker);

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
