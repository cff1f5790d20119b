package org.citebot.chat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the keys that buttons carry back to what they were shown under: short, lowercase letters
 * and digits only, so they fit Discord's 100-character custom ids and Telegram's 64-byte callback
 * data. The only place keys are made, so that how they are made can change in one place.
 *
 * <p>A key is a prefix drawn once per process, a kind marker and a counter: keys from before a
 * restart never name something shown after it.
 */
public final class ButtonKeys {

  private final String bootPrefix;
  private final char kind;
  private final AtomicLong counter = new AtomicLong();

  /** @param kind a lowercase letter that tells kinds of keys apart, e.g. 'x' for answers */
  public ButtonKeys(char kind) {
    if (kind < 'a' || kind > 'z') {
      throw new IllegalArgumentException("illegal kind: '" + kind + "', must be a lowercase letter");
    }
    this.kind = kind;
    this.bootPrefix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36),
        Character.MAX_RADIX);
  }

  /** A key not handed out before by this instance. */
  public String next() {
    return bootPrefix + kind + Long.toString(counter.incrementAndGet(), Character.MAX_RADIX);
  }
}
