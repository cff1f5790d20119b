package org.citebot.telegram;

import java.util.concurrent.ThreadLocalRandom;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait between failed getUpdates calls: doubling from half a second up to 30 seconds, with
 * jitter, and never giving up. The library's default switches to a 15-minute wait once a failure
 * streak passes 15 minutes, which would leave the bot deaf long after the network is back.
 */
final class PollingBackOff implements BackOff {

  private static final long INITIAL_MILLIS = 500;
  private static final long MAX_MILLIS = 30_000;

  private long current = INITIAL_MILLIS;

  @Override
  public synchronized void reset() {
    current = INITIAL_MILLIS;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    long wait = current / 2 + ThreadLocalRandom.current().nextLong(current / 2 + 1);
    current = Math.min(MAX_MILLIS, current * 2);
    return wait;
  }
}
