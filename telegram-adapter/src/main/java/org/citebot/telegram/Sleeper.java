package org.citebot.telegram;

import java.time.Duration;

/** Waits; {@code Thread::sleep} outside tests, a recording fake in them. */
@FunctionalInterface
interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  Sleeper REAL = d -> {
    if (d.isPositive()) {
      Thread.sleep(d);
    }
  };
}
