package org.citebot.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence-embedding model citebot ships: BAAI's bge-small-en-v1.5, quantised to 8 bits
 * (34 MB, 384 dimensions, English), run by ONNX Runtime on the CPU. Loaded once per process on
 * first use and shared, since every corpus and refresh can use the same model.
 */
public final class SemanticModel {

  private static final Logger LOG = LoggerFactory.getLogger(SemanticModel.class);
  static final String MODEL = "bge-small-en-v1.5-q.onnx";
  static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

  private static Optional<TextEmbedder> shared;
  private static boolean loading;

  private SemanticModel() {}

  /**
   * The shared model, loaded on its first use rather than now: many answers never need it, and
   * a command that answers one question should not wait for it. The texts of the default corpus
   * have their vectors stored ({@link TextVectors#shipped()}): those are read, not computed.
   * Where the model cannot run, each other use throws {@link IllegalStateException}, and callers
   * fall back to words alone.
   */
  public static TextEmbedder onFirstUse() {
    return OnFirstUse.EMBEDDER;
  }

  /** One instance for every caller, so that settings made with it compare equal. */
  private static final class OnFirstUse {
    static final TextEmbedder EMBEDDER = TextVectors.shipped().before(text -> shared()
        .orElseThrow(() -> new IllegalStateException("sentence model unavailable"))
        .embed(text));
  }

  /**
   * Starts loading the model on a thread of its own (about a second: ONNX Runtime's native
   * library, the model's bytes, its graph), so that a process that reads and indexes a corpus
   * first, such as a one-question {@code citebot ask}, does not then wait for it in turn.
   */
  public static void loadInBackground() {
    synchronized (SemanticModel.class) {
      if (shared != null || loading) {
        return;
      }
      loading = true;
    }
    Thread t = new Thread(SemanticModel::shared, "sentence-model");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Held, shared, around every call into ONNX Runtime (building the model, embedding a text),
   * and taken whole by {@link #endNativeCalls}.
   */
  private static final ReentrantReadWriteLock NATIVE = new ReentrantReadWriteLock();
  private static volatile boolean ending;

  /**
   * Waits for the calls into ONNX Runtime in flight to finish (under a second) and refuses new
   * ones. A process must call this before it exits: the runtime's own shutdown hook releases its
   * native environment, and a call still running then (the model being built for an ask that
   * words alone answered, a text embedded as a bot stops) crashed the JVM. A shutdown hook of
   * ours would run beside the runtime's, too late.
   */
  public static void endNativeCalls() {
    // First refuse new calls (a background embedding would otherwise keep starting them), then
    // wait for those in flight; the lock is never released.
    ending = true;
    try {
      NATIVE.writeLock().tryLock(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs a call into ONNX Runtime, unless the process is ending. */
  private static <T> T natively(Supplier<T> call) {
    if (ending || !NATIVE.readLock().tryLock()) {
      throw new IllegalStateException("the process is ending");
    }
    try {
      // Checked again under the lock: the process may have begun to end meanwhile.
      if (ending) {
        throw new IllegalStateException("the process is ending");
      }
      return call.get();
    } finally {
      NATIVE.readLock().unlock();
    }
  }

  /**
   * The shared model, or empty when it cannot run here (no native ONNX Runtime for this
   * platform, say); the reason is logged once and answers fall back to word matching.
   */
  public static synchronized Optional<TextEmbedder> shared() {
    if (shared == null) {
      try {
        // One thread per question: a short question gains little from splitting its work, and
        // on a 2-core machine two threads roughly doubled the slowest 1% of answers (p99 of
        // embedding a question: 3.7 ms with one thread, 7.0 ms with two) while other questions
        // wait for the same cores.
        // The static vectors carry this model's word pieces, in order, and are read anyway:
        // their vocabulary spares parsing the tokenizer's JSON (about 0.3 s of a cold start).
        StaticVectors vectors = StaticVectors.shipped();
        SentenceEncoder encoder = natively(() -> {
          try {
            return vectors != null
                ? SentenceEncoder.fromResource(MODEL, vectors.tokenizer(), 1)
                : SentenceEncoder.fromResources(MODEL, TOKENIZER, 1);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        shared = Optional.of(text -> natively(() -> encoder.embed(text)));
      } catch (RuntimeException | LinkageError e) {
        LOG.warn("sentence model unavailable, answering by word matching only: {}",
            e.getMessage());
        shared = Optional.empty();
      }
    }
    return shared;
  }
}
