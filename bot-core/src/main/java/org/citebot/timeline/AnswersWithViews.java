package org.citebot.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.SourceSummary;

/**
 * One corpus's answer service together with its {@link Views}, which are built on first use (the
 * timeline scans every sentence for dates, which answering never needs) and then shared.
 * Thread-safe.
 */
public final class AnswersWithViews implements AnswerService, HasViews {

  private final CorpusAnswerService service;
  private volatile Views views;

  public AnswersWithViews(CorpusAnswerService service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  public CorpusAnswerService service() {
    return service;
  }

  @Override
  public Answer ask(String question) {
    return service.ask(question);
  }

  @Override
  public List<SourceSummary> sources() {
    return service.sources();
  }

  @Override
  public Optional<SourceSummary> source(String id) {
    return service.source(id);
  }

  @Override
  public Views views() {
    Views v = views;
    if (v == null) {
      synchronized (this) {
        v = views;
        if (v == null) {
          v = Views.of(service.index());
          views = v;
        }
      }
    }
    return v;
  }
}
