package org.citebot.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citebot.answer.Quote;
import org.citebot.retrieval.PassageIndex;
import org.citebot.retrieval.ParsedQuestion;
import org.citebot.retrieval.Scored;
import org.citebot.retrieval.SentenceRef;
import org.citebot.text.TextSpan;

/**
 * How different outlets describe the same thing: for a topic, each outlet's best sentence on it.
 * Safe to share between threads.
 *
 * <p>"Best" prefers, in turn: a sentence with more of the topic's content words; one long enough
 * to say something ({@value #MIN_WORDS} words or more, so a bare headline fragment does not win on
 * BM25's preference for short texts); the higher BM25 score; the earlier sentence in the corpus.
 * The outlets come in the same order of their best sentences.
 */
public final class PerspectivesService {

  /** Sentences shorter than this rank after longer ones that match as well. */
  static final int MIN_WORDS = 8;

  private final PassageIndex index;

  public PerspectivesService(PassageIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  private record Candidate(SentenceRef sentence, double score, int coverage, boolean substantial) {}

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingInt((Candidate c) -> -c.coverage())
          .thenComparing(c -> !c.substantial())
          .thenComparingDouble(c -> -c.score())
          .thenComparingInt(c -> c.sentence().ord());

  /**
   * At most one quote per outlet on the topic, best first; empty for a blank topic or one that no
   * sentence matches. Never throws for user text.
   */
  public List<Perspective> perspectives(String topic) {
    Optional<String> t = TimelineService.normalise(Optional.ofNullable(topic));
    if (t.isEmpty()) {
      return List.of();
    }
    ParsedQuestion parsed = index.parse(t.get());
    List<List<String>> concepts = parsed.concepts();
    if (concepts.isEmpty()) {
      return List.of();
    }
    Set<Integer> terms = parsed.termIds();
    List<Candidate> candidates = new ArrayList<>();
    for (Scored<SentenceRef> hit : index.searchSentences(parsed, index.sentenceCount())) {
      SentenceRef s = hit.item();
      int coverage = 0;
      for (int[] alternatives : parsed.conceptIds()) {
        coverage += s.hasAny(alternatives) ? 1 : 0;
      }
      boolean substantial = s.text().split("\\s+").length >= MIN_WORDS;
      candidates.add(new Candidate(s, hit.score(), coverage, substantial));
    }
    candidates.sort(BEST_FIRST);
    Map<String, Candidate> bestByOutlet = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      bestByOutlet.putIfAbsent(c.sentence().article().source().outletOrTitle(), c);
    }
    List<Perspective> out = new ArrayList<>();
    bestByOutlet.forEach((outlet, c) -> out.add(
        new Perspective(outlet, quote(c.sentence(), c.score(), terms), c.score(), c.coverage())));
    return List.copyOf(out);
  }

  private Quote quote(SentenceRef s, double score, Set<Integer> terms) {
    TextSpan span = s.span();
    return new Quote(s.article(), span.start(), span.end(), score, s.wordsOf(terms, span.start()),
        null);
  }
}
