package org.citebot.serving;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs refreshes one at a time. A request made while one runs is served by the next run, which
 * starts after it and so sees every change made before it was asked; requests waiting together
 * share that run and its report. The caller that finds no run going does the running.
 */
final class RefreshQueue {

  private static final Logger LOG = LoggerFactory.getLogger(RefreshQueue.class);

  /** One refresh run. */
  interface Run {
    RefreshReport run(Consumer<RefreshProgress> progress) throws AdminException;
  }

  /** Refresh requests waiting for the next run. */
  private static final class Batch {
    final CompletableFuture<RefreshReport> result = new CompletableFuture<>();
    final List<Consumer<RefreshProgress>> progress = new ArrayList<>();
  }

  private final Run run;
  private final Object lock = new Object();
  private Batch pending;
  private boolean running;

  RefreshQueue(Run run) {
    this.run = run;
  }

  /**
   * Waits for a run already going, then for one that starts after this call.
   *
   * @throws AdminException when that run failed
   */
  RefreshReport refresh(Consumer<RefreshProgress> progress) throws AdminException {
    Batch mine;
    boolean runHere;
    synchronized (lock) {
      if (pending == null) {
        pending = new Batch();
      }
      mine = pending;
      mine.progress.add(progress);
      runHere = !running;
      running = true;
    }
    if (runHere) {
      drain();
    }
    try {
      return mine.result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof AdminException a) {
        throw a;
      }
      throw new AdminException("the refresh failed (" + e.getCause() + "); still serving the"
          + " previous corpus", e.getCause());
    }
  }

  private void drain() {
    while (true) {
      Batch batch;
      synchronized (lock) {
        batch = pending;
        pending = null;
        if (batch == null) {
          running = false;
          return;
        }
      }
      Consumer<RefreshProgress> progress = p -> batch.progress.forEach(c -> c.accept(p));
      try {
        batch.result.complete(run.run(progress));
      } catch (AdminException | RuntimeException | Error e) {
        if (!(e instanceof AdminException)) {
          LOG.error("refreshing the corpus failed", e);
        }
        batch.result.completeExceptionally(e);
      }
    }
  }
}
