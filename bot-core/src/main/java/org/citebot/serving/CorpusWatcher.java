package org.citebot.serving;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the corpus directory's fingerprint (names, sizes, modification times) and refreshes when
 * it changed, so that two processes sharing one corpus directory (say the Discord and the
 * Telegram bot run apart) both serve a change made through either. Polling, rather than a
 * file-system watch service, also works on network and container-mounted directories.
 */
final class CorpusWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

  private final CorpusManager manager;
  private ScheduledExecutorService timer;
  /** The directory state whose refresh failed; tried again only once the directory changes. */
  private String failedFingerprint = "";

  private CorpusWatcher(CorpusManager manager) {
    this.manager = manager;
  }

  static CorpusWatcher start(CorpusManager manager, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("illegal poll interval: " + interval
          + ", must be positive (use no watcher to turn polling off)");
    }
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "citebot-corpus-watcher");
      t.setDaemon(true);
      return t;
    });
    CorpusWatcher w = new CorpusWatcher(manager);
    w.timer = timer;
    long ms = interval.toMillis();
    timer.scheduleWithFixedDelay(w::poll, ms, ms, TimeUnit.MILLISECONDS);
    return w;
  }

  private void poll() {
    String now = null;
    try {
      now = DirectoryFingerprint.of(manager.corpusDir());
      if (!now.equals(manager.servedFingerprint()) && !now.equals(failedFingerprint)) {
        LOG.info("corpus directory {} changed; refreshing", manager.corpusDir());
        manager.refresh();
      }
    } catch (IOException e) {
      LOG.warn("cannot poll the corpus directory {}: {}", manager.corpusDir(), e.getMessage());
    } catch (AdminException e) {
      failedFingerprint = now;
      LOG.warn("refresh after a change in {} failed: {}", manager.corpusDir(), e.getMessage());
    } catch (RuntimeException e) {
      // An exception would cancel the schedule: log it and keep polling.
      LOG.error("polling the corpus directory {} failed", manager.corpusDir(), e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
