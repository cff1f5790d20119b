package org.citebot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.citebot.answer.AnswerCache;
import org.citebot.chat.Outcome;

/**
 * The process's metrics, exposed in the Prometheus text format. Adapters count their questions
 * on {@link #registry()} (it is {@code BotContext.meters()}) as {@value #QUESTIONS} tagged
 * {@code platform} and {@code outcome}; everything else is registered here.
 */
public final class BotMetrics {

  public static final String QUESTIONS = "citebot.questions";
  /** Timelines and perspectives asked for, tagged {@code platform}, {@code view}, {@code outcome}. */
  public static final String VIEWS = "citebot.views";
  public static final String LATENCY = "citebot.answer.latency";
  public static final String REFRESHES = "citebot.refreshes";
  public static final String ERRORS = "citebot.errors";
  /** The tags of every {@link Outcome}, as the adapters tag their questions. */
  public static final List<String> OUTCOMES = Outcome.tags();

  /** The Prometheus text format that {@link #scrape()} writes. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer latency;
  private final Counter errors;
  private final Counter refreshes;

  public BotMetrics() {
    latency = Timer.builder(LATENCY)
        .description("Time to answer one question, cache hits included")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry);
    errors = Counter.builder(ERRORS)
        .description("Questions that failed with an unexpected error in the core")
        .register(registry);
    refreshes = Counter.builder(REFRESHES)
        .description("Corpus refreshes by moderators")
        .register(registry);
  }

  /** The registry to hand to adapters as {@code BotContext.meters()}. */
  public MeterRegistry registry() {
    return registry;
  }

  public Timer latency() {
    return latency;
  }

  public Counter errors() {
    return errors;
  }

  public Counter refreshes() {
    return refreshes;
  }

  /**
   * The question counter for one platform and outcome, e.g. ("console", ANSWERED). Registering
   * every outcome of a platform up front makes zeros visible before the first question.
   */
  public Counter questions(String platform, Outcome outcome) {
    return questions(registry, platform, outcome);
  }

  /**
   * The question counter for one platform and outcome in any registry; adapters count on the
   * registry they are given, with the same name, description and tags as here.
   */
  public static Counter questions(MeterRegistry registry, String platform, Outcome outcome) {
    return Counter.builder(QUESTIONS)
        .description("Questions received, by platform and outcome")
        .tag("platform", platform).tag("outcome", outcome.tag())
        .register(registry);
  }

  /** Registers every outcome's counter for {@code platform}, at zero. */
  public void registerPlatform(String platform) {
    for (Outcome o : Outcome.values()) {
      questions(platform, o);
    }
  }

  /** Cache hits, misses, size and hit ratio, read from {@code statistics} at each scrape. */
  public void bindCache(Supplier<AnswerCache.Statistics> statistics) {
    // Micrometer holds a function meter's object weakly; keep the supplier reachable here.
    this.cacheStatistics = statistics;
    FunctionCounter.builder("citebot.cache.hits", statistics, s -> s.get().hits())
        .description("Answers served from the cache").register(registry);
    FunctionCounter.builder("citebot.cache.misses", statistics, s -> s.get().misses())
        .description("Answers computed because they were not cached").register(registry);
    Gauge.builder("citebot.cache.size", statistics, s -> s.get().size())
        .description("Answers in the cache").register(registry);
    Gauge.builder("citebot.cache.hit.ratio", statistics, s -> s.get().hitRatio())
        .description("Cache hits over lookups since start").register(registry);
  }

  private volatile Supplier<AnswerCache.Statistics> cacheStatistics;

  /** Everything in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  public void close() {
    registry.close();
  }
}
