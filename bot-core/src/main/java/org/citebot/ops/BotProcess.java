package org.citebot.ops;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.chat.BotContext;
import org.citebot.chat.ChatAdapter;
import org.citebot.chat.ChatAdapterProvider;
import org.citebot.chat.FeedbackLog;
import org.citebot.chat.RateLimiter;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.citebot.serving.CorpusManager;
import org.citebot.serving.CorpusOptions;
import org.citebot.serving.LiveAnswerService;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running citebot: the operations endpoint, the data directory, one index and cache, and
 * every started chat adapter sharing them. {@link #close()} stops it in order: readiness off,
 * adapters (which finish their questions in flight), remaining questions, HTTP, index; all within
 * {@code CITEBOT_SHUTDOWN_SECONDS}.
 */
public final class BotProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BotProcess.class);

  private final OpsConfig config;
  private final Readiness readiness;
  private final BotMetrics metrics;
  private final OpsHttpServer http;
  private final DataDirectory data;
  private final CorpusManager corpus;
  private final InstrumentedAnswerService answers;
  private final BotContext context;
  private final List<ChatAdapter> adapters = new ArrayList<>();
  private boolean closed;

  private BotProcess(OpsConfig config, Readiness readiness, BotMetrics metrics, OpsHttpServer http,
      DataDirectory data, CorpusManager corpus, InstrumentedAnswerService answers,
      BotContext context) {
    this.config = config;
    this.readiness = readiness;
    this.metrics = metrics;
    this.http = http;
    this.data = data;
    this.corpus = corpus;
    this.answers = answers;
    this.context = context;
  }

  /**
   * Serves the operations endpoint, prepares the data directory and loads the index; starts no
   * adapter yet.
   *
   * @param corpusOverride the {@code --corpus} directory, or null
   * @param adapterNames the adapters that {@link #startAdapters} will start, for readiness
   * @param httpRequired false when a busy HTTP port should only be a warning (console chat)
   * @throws ConfigException when the data directory, corpus or HTTP address is unusable
   */
  public static BotProcess start(OpsConfig config, Settings settings, Path corpusOverride,
      List<String> adapterNames, boolean httpRequired, Clock clock) {
    Readiness readiness = new Readiness();
    adapterNames.forEach(readiness::expect);
    BotMetrics metrics = new BotMetrics();
    OpsHttpServer http = null;
    if (config.httpAddress().isPresent()) {
      try {
        http = OpsHttpServer.start(config.httpAddress().get(), readiness, metrics);
      } catch (ConfigException e) {
        if (httpRequired) {
          throw e;
        }
        LOG.warn("no operations endpoint: {}", e.getMessage());
      }
    }
    try {
      Path corpusDir = corpusOverride != null ? corpusOverride : config.corpusDir();
      DataDirectory data = DataDirectory.prepare(config.dataDir(), corpusDir == null);
      Path dir = corpusDir != null ? corpusDir : data.corpus();
      long t0 = System.nanoTime();
      CorpusManager corpus = openCorpus(settings, dir, clock, config);
      LiveAnswerService live = corpus.answers();
      LOG.info("serving {} articles from {} (corpus {}, data folder {}), index built in {} ms",
          corpus.corpus().articles().size(), dir, corpus.corpus().version(), corpus.dataDir(),
          (System.nanoTime() - t0) / 1_000_000);
      metrics.bindCache(() -> live.current().cache().statistics());
      corpus.onRefresh(r -> metrics.refreshes().increment());
      InstrumentedAnswerService answers = new InstrumentedAnswerService(live, metrics);
      BotContext context = new BotContext(answers, settings,
          new FeedbackLog(data.feedbackLog(dir), clock),
          new RateLimiter(config.rateLimit(), config.rateWindow(), System::nanoTime),
          metrics.registry(), clock);
      readiness.indexLoaded();
      return new BotProcess(config, readiness, metrics, http, data, corpus, answers, context);
    } catch (RuntimeException e) {
      if (http != null) {
        http.close();
      }
      throw e;
    }
  }

  /**
   * Serves the corpus directory through a manager, so that moderators' refreshes swap the index
   * live and a restart reuses the last good snapshot.
   */
  private static CorpusManager openCorpus(
      Settings settings, Path dir, Clock clock, OpsConfig config) {
    CorpusManager manager;
    try {
      manager = CorpusManager.open(CorpusOptions.fromSettings(settings, dir), clock, p -> { },
          c -> {
            CorpusAnswerService service =
                CorpusAnswerService.create(c, config.answers(), config.cacheSize());
            service.embedAllInBackground();
            return service;
          });
    } catch (IOException e) {
      throw new ConfigException("the corpus cannot be loaded from " + dir + ": " + e.getMessage());
    }
    Corpus corpus = manager.corpus();
    LoadReport r = corpus.report();
    r.skipped().forEach(s -> LOG.warn("corpus file {} skipped: {}", s.file(), s.reason()));
    r.duplicates().forEach(s -> LOG.warn("corpus file {} skipped: {}", s.file(), s.reason()));
    r.warnings().forEach(s -> LOG.warn("corpus file {}: {}", s.file(), s.reason()));
    if (corpus.articles().isEmpty()) {
      manager.close();
      throw new ConfigException("the corpus directory " + dir + " holds no readable article "
          + "(.txt, .md or .html files)");
    }
    return manager;
  }

  /**
   * Starts each provider's adapter with the shared context.
   *
   * @throws ConfigException when an adapter finds a setting missing or malformed
   * @throws Exception when an adapter cannot start otherwise (e.g. the platform refused it)
   */
  public void startAdapters(List<ChatAdapterProvider> providers) throws Exception {
    for (ChatAdapterProvider p : providers) {
      metrics.registerPlatform(p.name());
      ChatAdapter adapter = p.start(context);
      synchronized (this) {
        adapters.add(adapter);
      }
      readiness.started(adapter);
      LOG.info("{} bot started", p.name());
    }
  }

  public Readiness readiness() {
    return readiness;
  }

  public BotMetrics metrics() {
    return metrics;
  }

  /** The shared, instrumented answer service. */
  public InstrumentedAnswerService answers() {
    return answers;
  }

  public BotContext context() {
    return context;
  }

  public DataDirectory data() {
    return data;
  }

  /** The operations endpoint, if it is on. */
  public Optional<OpsHttpServer> http() {
    return Optional.ofNullable(http);
  }

  /** Stops everything; never throws, and returns within about the configured shutdown time. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    long start = System.nanoTime();
    long deadline = start + config.shutdownTimeout().toNanos();
    readiness.stopping();
    closeAdapters(deadline);
    answers.close();
    try {
      if (!answers.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
        LOG.warn("stopping with {} questions still being answered", answers.inFlight());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (http != null) {
      http.close();
    }
    corpus.close();
    corpus.answers().current().index().close();
    metrics.close();
    LOG.info("stopped in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  /** Closes the adapters in parallel, each finishing its own questions, until the deadline. */
  private void closeAdapters(long deadline) {
    List<Thread> closing = new ArrayList<>();
    for (ChatAdapter a : adapters) {
      Thread t = Thread.ofPlatform().daemon().name("citebot-close-" + a.name()).start(() -> {
        try {
          a.close();
          LOG.info("{} bot stopped", a.name());
        } catch (RuntimeException e) {
          LOG.warn("closing the {} bot failed: {}", a.name(), e.toString());
        }
      });
      closing.add(t);
    }
    for (Thread t : closing) {
      try {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !t.join(Duration.ofNanos(left))) {
          LOG.warn("{} did not finish within {}; leaving it", t.getName(),
              config.shutdownTimeout());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
