package org.citebot.serving;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.SourceSummary;
import org.citebot.timeline.AnswersWithViews;
import org.citebot.timeline.HasViews;
import org.citebot.timeline.Views;

/**
 * The answer service that adapters hold for the life of the process, delegating to the service of
 * the corpus currently served. A refresh swaps in a new service atomically; a question already
 * being answered finishes on the service it started with. Each service has its own answer cache,
 * so a swap also drops every cached answer of the old corpus.
 */
public final class LiveAnswerService
    implements AnswerService, HasViews, CorpusAdmin.Administered {

  private final AtomicReference<AnswersWithViews> current;
  private volatile CorpusAdmin admin;

  public LiveAnswerService(CorpusAnswerService initial) {
    this.current = new AtomicReference<>(
        new AnswersWithViews(Objects.requireNonNull(initial, "initial")));
  }

  /** Serves {@code next} from now on; returns the service it replaces. */
  public CorpusAnswerService swap(CorpusAnswerService next) {
    return current.getAndSet(new AnswersWithViews(Objects.requireNonNull(next, "next")))
        .service();
  }

  public CorpusAnswerService current() {
    return current.get().service();
  }

  void admin(CorpusAdmin admin) {
    this.admin = admin;
  }

  @Override
  public Optional<CorpusAdmin> corpusAdmin() {
    return Optional.ofNullable(admin);
  }

  @Override
  public Answer ask(String question) {
    return current.get().ask(question);
  }

  /** The views of the corpus served now; each corpus builds its own on first use. */
  @Override
  public Views views() {
    return current.get().views();
  }

  @Override
  public List<SourceSummary> sources() {
    return current.get().sources();
  }

  @Override
  public Optional<SourceSummary> source(String id) {
    return current.get().source(id);
  }
}
