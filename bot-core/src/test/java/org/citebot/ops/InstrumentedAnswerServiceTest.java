package org.citebot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.SourceSummary;
import org.citebot.corpus.CorpusLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstrumentedAnswerServiceTest {

  private static CorpusAnswerService real;
  private final BotMetrics metrics = new BotMetrics();

  @BeforeAll
  static void loadIndex() {
    real = CorpusAnswerService.create(CorpusLoader.loadDefault());
  }

  @Test
  void ask_recordsLatencyForEveryQuestion() {
    InstrumentedAnswerService s = new InstrumentedAnswerService(real, metrics);

    Answer a = s.ask("When was the checkpoint set up?");
    s.ask("When was the checkpoint set up?");

    assertTrue(a.answered());
    assertEquals(2, metrics.latency().count());
    assertEquals(0, s.inFlight());
  }

  @Test
  void ask_failure_countsAnErrorAndRethrows() {
    InstrumentedAnswerService s = new InstrumentedAnswerService(new Delegating(real) {
      @Override
      public Answer ask(String q) {
        throw new IllegalStateException("index closed");
      }
    }, metrics);

    assertThrows(IllegalStateException.class, () -> s.ask("anything"));
    assertEquals(1.0, metrics.errors().count());
    assertEquals(0, s.inFlight());
  }

  @Test
  void awaitIdle_waitsForTheQuestionInFlight_andCloseRefusesNewOnes() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    InstrumentedAnswerService s = new InstrumentedAnswerService(new Delegating(real) {
      @Override
      public Answer ask(String q) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return super.ask(q);
      }
    }, metrics);
    Thread asker = Thread.ofPlatform().start(() -> s.ask("When was the checkpoint set up?"));
    assertTrue(entered.await(5, TimeUnit.SECONDS));

    s.close();
    assertThrows(IllegalStateException.class, () -> s.ask("another"));
    assertFalse(s.awaitIdle(Duration.ofMillis(50)), "still answering");
    release.countDown();

    assertTrue(s.awaitIdle(Duration.ofSeconds(5)));
    asker.join(5_000);
    assertEquals(1, metrics.latency().count());
  }

  @Test
  void views_areTheWrappedServicesViews() {
    InstrumentedAnswerService s = new InstrumentedAnswerService(
        new org.citebot.timeline.AnswersWithViews(
            CorpusAnswerService.create(CorpusLoader.loadDefault())), metrics);
    assertTrue(s.views().timeline(java.util.Optional.of("checkpoint"), 1, 10).total() > 0);
  }

  @Test
  void cacheGauges_followTheServiceCache() {
    CorpusAnswerService fresh = CorpusAnswerService.create(CorpusLoader.loadDefault());
    metrics.bindCache(() -> fresh.cache().statistics());
    fresh.ask("Who is the Prime Minister of Armenia?");
    fresh.ask("Who is the Prime Minister of Armenia?");

    String text = metrics.scrape();

    assertTrue(text.contains("citebot_cache_hits_total 1.0"), text);
    assertTrue(text.contains("citebot_cache_misses_total 1.0"));
    assertTrue(text.contains("citebot_cache_hit_ratio 0.5"));
    assertTrue(text.contains("citebot_cache_size 1.0"));
  }

  /** Passes everything to another service; tests override one method. */
  private static class Delegating implements AnswerService {
    private final AnswerService d;

    Delegating(AnswerService d) {
      this.d = d;
    }

    @Override
    public Answer ask(String question) {
      return d.ask(question);
    }

    @Override
    public List<SourceSummary> sources() {
      return d.sources();
    }

    @Override
    public Optional<SourceSummary> source(String id) {
      return d.source(id);
    }
  }
}
