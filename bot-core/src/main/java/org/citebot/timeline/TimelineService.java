package org.citebot.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.AnswerService;
import org.citebot.dates.DateMention;
import org.citebot.dates.DateResolver;
import org.citebot.dates.ResolvedDate;
import org.citebot.retrieval.PassageIndex;
import org.citebot.retrieval.SentenceRef;
import org.citebot.text.TextSpan;

/**
 * The dated events of a corpus in chronological order: every sentence with a date expression
 * that can be placed on the calendar, once per expression. Built once from an index; immutable
 * and safe to share between threads.
 *
 * <p>Left out: lengths of time ("two years"), dates of cited reports ("(see EDM, December 19,
 * 2022)"), datelines (a sentence that is little more than its date, such as "Published 22 May
 * 2023"), and any date after the publication of the article that mentions it. An article can only
 * report what has happened by the time it is published; a later date ("the mandate expires in
 * November 2025", "a meeting at the beginning of June") is a plan or a forecast, not an event.
 */
public final class TimelineService {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 50;

  /** A sentence needs this many words besides its dates to say what happened. */
  static final int MIN_WORDS_BESIDE_DATES = 3;

  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private record Entry(TimelineEvent event, SentenceRef sentence) {}

  private final PassageIndex index;
  private final List<Entry> entries;

  public TimelineService(PassageIndex index, DateResolver resolver) {
    this.index = Objects.requireNonNull(index, "index");
    Objects.requireNonNull(resolver, "resolver");
    List<Entry> all = new ArrayList<>();
    for (SentenceRef s : index.sentences()) {
      addEvents(s, resolver, all);
    }
    all.sort((a, b) -> TimelineEvent.CHRONOLOGICAL.compare(a.event(), b.event()));
    this.entries = List.copyOf(all);
  }

  /** A timeline of the index's corpus, with the default {@link DateResolver}. */
  public TimelineService(PassageIndex index) {
    this(index, new DateResolver());
  }

  private static void addEvents(SentenceRef s, DateResolver resolver, List<Entry> out) {
    String text = s.text();
    List<DateMention> mentions = resolver.extractor().extract(text);
    if (mentions.isEmpty() || wordsBeside(text, mentions) < MIN_WORDS_BESIDE_DATES) {
      return;
    }
    LocalDate published = s.article().source().published();
    TextSpan sentence = s.span();
    Set<ResolvedDate> seen = new HashSet<>();
    for (DateMention m : mentions) {
      if (m.kind() != DateMention.Kind.DATE) {
        continue;
      }
      Optional<ResolvedDate> date = resolver.resolve(m, published);
      if (date.isEmpty() || (published != null && date.get().date().isAfter(published))
          || !seen.add(date.get())) {
        continue;
      }
      out.add(new Entry(new TimelineEvent(s.article(), sentence,
          m.span().shift(sentence.start()), date.get()), s));
    }
  }

  private static int wordsBeside(String text, List<DateMention> mentions) {
    StringBuilder rest = new StringBuilder(text);
    for (DateMention m : mentions) {
      for (int i = m.span().start(); i < m.span().end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    Matcher w = WORD.matcher(rest);
    int n = 0;
    while (w.find()) {
      n++;
    }
    return n;
  }

  /** How many events the whole corpus has. */
  public int size() {
    return entries.size();
  }

  /**
   * All events about a topic, in chronological order; with no topic (empty or blank), all events.
   * A topic matches an event whose sentence contains every content word of the topic, in any
   * form the index analyses alike ("checkpoints" matches "checkpoint"); a topic without content
   * words matches nothing. Never throws for user text.
   */
  public List<TimelineEvent> events(Optional<String> topic) {
    Optional<String> t = normalise(topic);
    if (t.isEmpty()) {
      return entries.stream().map(Entry::event).toList();
    }
    int[][] concepts = index.parse(t.get()).conceptIds();
    if (concepts.length == 0) {
      return List.of();
    }
    return entries.stream()
        .filter(e -> hasEvery(e.sentence(), concepts))
        .map(Entry::event)
        .toList();
  }

  /** Whether the sentence has, for every concept, one of its alternative terms. */
  static boolean hasEvery(SentenceRef s, int[][] concepts) {
    for (int[] alternatives : concepts) {
      if (!s.hasAny(alternatives)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One page of the timeline about a topic. A page number past the end gives the last page, one
   * below 1 the first, so a stale "next" button still shows something sensible.
   *
   * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
   */
  public TimelinePage timeline(Optional<String> topic, int page, int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "illegal pageSize " + pageSize + ", must be between 1 and " + MAX_PAGE_SIZE);
    }
    Optional<String> t = normalise(topic);
    List<TimelineEvent> all = events(t);
    int pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
    int p = Math.min(Math.max(page, 1), pages);
    int from = (p - 1) * pageSize;
    List<TimelineEvent> slice = all.subList(from, Math.min(all.size(), from + pageSize));
    return new TimelinePage(t, slice, p, pageSize, all.size());
  }

  /** Blank means no topic; overlong topics are cut like questions are. */
  static Optional<String> normalise(Optional<String> topic) {
    Objects.requireNonNull(topic, "topic");
    return topic.map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.length() > AnswerService.MAX_QUESTION_LENGTH
            ? s.substring(0, AnswerService.MAX_QUESTION_LENGTH) : s);
  }
}
