package org.citebot.answer;

import java.util.Objects;

/**
 * Why the bot abstained: the {@link AnswerGate} that refused the best candidate, and why, in
 * words for the asker.
 */
public record Refusal(String gate, String reason) {

  public Refusal {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(reason, "reason");
  }
}
