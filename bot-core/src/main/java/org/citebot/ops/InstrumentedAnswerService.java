package org.citebot.ops;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.SourceSummary;

/**
 * Wraps the answer service that every adapter shares: times each question (so all platforms are
 * measured alike), counts unexpected errors, and keeps track of questions in flight so that a
 * stop can wait for them. After {@link #close()} it takes no new questions.
 */
public final class InstrumentedAnswerService
    implements AnswerService, org.citebot.timeline.HasViews, org.citebot.serving.CorpusAdmin.Administered {

  private final AnswerService delegate;
  private final BotMetrics metrics;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition idle = lock.newCondition();
  private int inFlight;
  private boolean closed;

  public InstrumentedAnswerService(AnswerService delegate, BotMetrics metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  /**
   * Answers through the wrapped service.
   *
   * @throws IllegalStateException after {@link #close()}: the process is stopping, and adapters
   *     answer such a question with their polite error text
   */
  @Override
  public Answer ask(String question) {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("citebot is stopping and takes no new questions");
      }
      inFlight++;
    } finally {
      lock.unlock();
    }
    long start = System.nanoTime();
    try {
      return delegate.ask(question);
    } catch (RuntimeException e) {
      metrics.errors().increment();
      throw e;
    } finally {
      metrics.latency().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      lock.lock();
      try {
        if (--inFlight == 0) {
          idle.signalAll();
        }
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public List<SourceSummary> sources() {
    return delegate.sources();
  }

  @Override
  public Optional<SourceSummary> source(String id) {
    return delegate.source(id);
  }

  /** Questions being answered right now. */
  public int inFlight() {
    lock.lock();
    try {
      return inFlight;
    } finally {
      lock.unlock();
    }
  }

  /** Takes no new questions from now on. */
  public void close() {
    lock.lock();
    try {
      closed = true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until no question is in flight, at most {@code timeout}.
   *
   * @return true when idle, false when the time ran out first
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long left = timeout.toNanos();
    lock.lock();
    try {
      while (inFlight > 0) {
        if (left <= 0) {
          return false;
        }
        left = idle.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The delegate's timeline and perspectives, so that adapters given this wrapper (as they are in
   * {@code run}) still offer them.
   */
  @Override
  public org.citebot.timeline.Views views() {
    if (delegate instanceof org.citebot.timeline.HasViews v) {
      return v.views();
    }
    throw new UnsupportedOperationException("the wrapped answer service has no timeline views");
  }

  /** The wrapped service's corpus admin, so that moderators' commands reach it through here. */
  @Override
  public java.util.Optional<org.citebot.serving.CorpusAdmin> corpusAdmin() {
    return org.citebot.serving.CorpusAdmin.of(delegate);
  }
}
