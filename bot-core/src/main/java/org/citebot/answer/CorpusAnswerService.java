package org.citebot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citebot.retrieval.Passage;
import org.citebot.retrieval.PassageIndex;
import org.citebot.text.Corpus;
import org.citebot.text.TextHygiene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers questions from one corpus, with a cache. Thread-safe. */
public final class CorpusAnswerService implements AnswerService {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusAnswerService.class);

  private final PassageIndex index;
  private final AnswerPipeline pipeline;
  private final AnswerCache cache;
  private final List<SourceSummary> sources;

  static final int EMBED_IN_ADVANCE_MAX = 20_000;

  /**
   * Embeds the whole corpus (up to 20,000 sentences) on a background thread, so that the first questions after a load do
   * not wait for the sentence model; a no-op with lexical matching.
   */
  public void embedAllInBackground() {
    // Past this size, embedding everything would keep a core busy for minutes for sentences
    // that may never be asked about; they are embedded on first use instead.
    if (semantic() && pipeline.retriever().sentenceCount() <= EMBED_IN_ADVANCE_MAX) {
      Thread t = new Thread(() -> {
        try {
          pipeline.embedAll();
        } catch (RuntimeException e) {
          LOG.warn("embedding the corpus in advance failed; sentences are embedded on first "
                  + "use instead: {}", e.getMessage());
        }
      }, "citebot-embed");
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      t.start();
    }
  }

  /** Embeds the whole corpus now, on this thread; a no-op with lexical matching. */
  public void embedAll() {
    pipeline.embedAll();
  }

  /** Whether answers weigh closeness in meaning as well as shared words. */
  public boolean semantic() {
    return pipeline.semantic();
  }

  /**
   * @param index the in-heap index that {@code pipeline} searches; the service owns it (closing
   *     it ends the service) and builds the timeline views from it
   */
  public CorpusAnswerService(PassageIndex index, AnswerPipeline pipeline, AnswerCache cache) {
    if (pipeline.retriever() != index) {
      throw new IllegalArgumentException("the pipeline must search the given index");
    }
    this.index = index;
    this.pipeline = pipeline;
    this.cache = cache;
    Map<String, Integer> counts = new HashMap<>();
    for (Passage p : index().passages()) {
      counts.merge(p.article().id(), 1, Integer::sum);
    }
    List<SourceSummary> list = new ArrayList<>();
    pipeline.retriever().corpus().articles().forEach(a ->
        list.add(new SourceSummary(a.source(), counts.getOrDefault(a.id(), 0))));
    this.sources = List.copyOf(list);
  }

  /** A service over {@code corpus} with lexical matching and a 10,000-answer cache. */
  public static CorpusAnswerService create(Corpus corpus) {
    return create(corpus, Matching.LEXICAL, 10_000);
  }

  /**
   * A service over {@code corpus}; semantic matching loads the sentence model when a question
   * first needs it, and falls back to words alone when it cannot run on this machine.
   */
  public static CorpusAnswerService create(Corpus corpus, Matching matching, long cacheEntries) {
    return create(corpus, AnswerSettings.of(matching), cacheEntries);
  }

  /** A service with the given weights and words alone. */
  public static CorpusAnswerService create(Corpus corpus, Ranking ranking, long cacheEntries) {
    return create(corpus, AnswerSettings.of(ranking, null), cacheEntries);
  }

  /** A service with the given settings, over an in-heap index of the corpus. */
  public static CorpusAnswerService create(Corpus corpus, AnswerSettings settings,
      long cacheEntries) {
    PassageIndex index = PassageIndex.build(corpus);
    org.citebot.dates.DateResolver dates = new org.citebot.dates.DateResolver();
    AnswerPipeline.DateLabeler labeler = (mentions, published) ->
        dates.labelFor(mentions, published).orElse(null);
    return new CorpusAnswerService(index, new AnswerPipeline(index, settings, labeler),
        new AnswerCache(cacheEntries));
  }

  @Override
  public Answer ask(String question) {
    Asked asked = prepare(question);
    if (!asked.notes().isEmpty()) {
      // Answers that carry a note are rare and specific to one wording: not worth caching.
      return pipeline.compose(asked.text(), asked.notes());
    }
    String q = asked.text();
    Answer shared =
        cache.get(pipeline.retriever().corpus().version(), q, t -> pipeline.compose(t, List.of()));
    // The cache keys on the normalised question; each asker sees their own words echoed.
    return shared.question().equals(q) ? shared : shared.withQuestion(q);
  }

  /**
   * Answers as {@link #ask} does, past the cache, with what the answer was judged on (for
   * fitting the answerability model).
   */
  public AnswerPipeline.Assessment assess(String question) {
    Asked asked = prepare(question);
    return pipeline.assess(asked.text(), asked.notes());
  }

  /** A question as the pipeline takes it, with the notes its preparation leaves. */
  private record Asked(String text, List<String> notes) {}

  private static Asked prepare(String question) {
    // Escape codes and bidi overrides are never words: a question that starts with one is the
    // same question without it, and nothing raw is echoed back to the asker.
    String q = question == null ? "" : TextHygiene.clean(question).strip();
    List<String> notes = new ArrayList<>();
    if (q.length() > MAX_QUESTION_LENGTH) {
      int cut = q.lastIndexOf(' ', MAX_QUESTION_LENGTH);
      q = q.substring(0, cut > MAX_QUESTION_LENGTH / 2 ? cut : MAX_QUESTION_LENGTH).strip();
      notes.add("Your question was shortened to its first " + MAX_QUESTION_LENGTH
          + " characters.");
    }
    if (q.isEmpty()) {
      notes.add("Please ask a question in words.");
    }
    return new Asked(q, notes);
  }

  @Override
  public List<SourceSummary> sources() {
    return sources;
  }

  @Override
  public Optional<SourceSummary> source(String id) {
    return sources.stream().filter(s -> s.source().id().equals(id)).findFirst();
  }

  public AnswerCache cache() {
    return cache;
  }

  /** The in-heap index behind the answers. */
  public PassageIndex index() {
    return index;
  }

  /** The answer pipeline, for measuring it. */
  public AnswerPipeline pipeline() {
    return pipeline;
  }
}
