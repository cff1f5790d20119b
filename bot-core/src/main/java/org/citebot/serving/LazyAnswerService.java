package org.citebot.serving;

import java.util.function.Function;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.text.Corpus;

/**
 * A corpus's answer service, built on first use: a one-off command that only refreshes never
 * builds the index of the corpus it replaces.
 */
final class LazyAnswerService {

  private final Corpus corpus;
  private final Function<Corpus, CorpusAnswerService> factory;
  private CorpusAnswerService service;

  LazyAnswerService(Corpus corpus, Function<Corpus, CorpusAnswerService> factory) {
    this.corpus = corpus;
    this.factory = factory;
  }

  /** One already built. */
  static LazyAnswerService of(CorpusAnswerService built) {
    LazyAnswerService lazy = new LazyAnswerService(built.index().corpus(), c -> built);
    lazy.service = built;
    return lazy;
  }

  synchronized CorpusAnswerService get() {
    if (service == null) {
      service = factory.apply(corpus);
    }
    return service;
  }
}
