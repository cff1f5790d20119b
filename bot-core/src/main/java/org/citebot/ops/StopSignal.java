package org.citebot.ops;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a request to stop. The JVM's own handling would run shutdown
 * hooks and exit with status 143, which systemd and container engines report as a failure; here
 * the main thread does the orderly stop and exits 0. {@code sun.misc.Signal} (module
 * {@code jdk.unsupported}) is the JDK's only way to handle a signal; the compiler warns about it.
 */
public final class StopSignal {

  private static final Logger LOG = LoggerFactory.getLogger(StopSignal.class);

  private final CountDownLatch requested = new CountDownLatch(1);
  private volatile String reason = "";

  /** Listens for SIGTERM and SIGINT from now on. */
  public static StopSignal install() {
    StopSignal stop = new StopSignal();
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), s -> stop.request("SIG" + s.getName()));
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        // Not every platform has every signal (SIGTERM on some Windows set-ups); the default
        // handling, a shutdown with status 143, is what is left there.
        LOG.debug("cannot handle SIG{}: {}", name, e.toString());
      }
    }
    return stop;
  }

  /** Asks the process to stop (also from tests). */
  public void request(String why) {
    if (requested.getCount() > 0) {
      reason = why;
      requested.countDown();
    }
  }

  public boolean isRequested() {
    return requested.getCount() == 0;
  }

  /** What asked the process to stop, e.g. "SIGTERM". */
  public String reason() {
    return reason;
  }

  /** Waits until a stop is requested. */
  public void await() throws InterruptedException {
    requested.await();
  }

  /** Waits at most {@code timeout}; true when a stop was requested. */
  public boolean await(Duration timeout) throws InterruptedException {
    return requested.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }
}
