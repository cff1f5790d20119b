package org.citebot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citebot.retrieval.SentenceRef;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;

/**
 * The last stage: which excerpts are quoted, in which order, as {@link Quote}s; further quotes
 * for "more sources"; related articles when the bot abstains.
 */
final class QuoteChooser {

  static final int MAX_QUOTES = 3;
  static final int MAX_MORE = 6;
  static final int MAX_RELATED = 3;

  /**
   * How well, against the best quote, another sentence of its paragraph must score to be quoted
   * when fewer than three quotes clear the usual bar.
   */
  static final double SAME_PARAGRAPH_BAR = 0.7;

  /** The most paragraphs that go on with reported words, and sentences of each, quoted. */
  static final int MAX_SPEECH_PARAGRAPHS = 2;
  static final int MAX_SPEECH_SENTENCES = 3;

  /** The quotes of an answer and the further ones for "more sources". */
  record Chosen(List<Quote> quotes, List<Quote> more) {}

  private final Paragraphs paragraphs;
  private final AnswerPipeline.DateLabeler dates;
  private final SentenceAnnotations annotations;

  QuoteChooser(Paragraphs paragraphs, AnswerPipeline.DateLabeler dates,
      SentenceAnnotations annotations) {
    this.paragraphs = paragraphs;
    this.dates = dates;
    this.annotations = annotations;
  }

  /** The quotes, given excerpts of which at least one answers. */
  Chosen choose(Question q, List<Excerpt> excerpts, List<Candidate> ranked) {
    List<Excerpt> chosen = chooseDiverse(excerpts);
    fillFromBestParagraph(chosen, excerpts, ranked);
    Set<Integer> highlightTerms = q.terms().termIds();
    List<Quote> quotes = new ArrayList<>();
    Set<SentenceRef> quoted = new HashSet<>();
    Excerpt best = chosen.get(0);
    quotes.add(quote(best, highlightTerms, q.type()));
    quoted.addAll(sentences(best));
    if (q.asksForSpeech()) {
      for (List<SentenceRef> going : speechGoingOn(sentences(best), quoted)) {
        quotes.add(quote(going, best.score(), highlightTerms, null));
        quoted.addAll(going);
      }
    }
    for (Excerpt p : chosen.subList(1, chosen.size())) {
      List<SentenceRef> shows = sentences(p);
      if (quotes.size() < MAX_QUOTES && shows.stream().noneMatch(quoted::contains)) {
        quotes.add(quote(p, highlightTerms, q.type()));
        quoted.addAll(shows);
      }
    }
    List<Quote> more = new ArrayList<>();
    for (Excerpt p : excerpts) {
      if (more.size() >= MAX_MORE) {
        break;
      }
      List<SentenceRef> shows = sentences(p);
      if (shows.stream().noneMatch(quoted::contains)) {
        more.add(quote(p, highlightTerms, q.type()));
        quoted.addAll(shows);
      }
    }
    return new Chosen(quotes, more);
  }

  /** Up to three articles the best candidates come from, for an abstention. */
  List<Source> related(List<Candidate> ranked) {
    List<Source> out = new ArrayList<>();
    for (Candidate c : ranked) {
      Source src = c.sentence().article().source();
      if (c.facts().coverage() > 0 && !out.contains(src)) {
        out.add(src);
      }
      if (out.size() >= MAX_RELATED) {
        break;
      }
    }
    return out;
  }

  /**
   * The best excerpt that answers, then up to two more that score nearly as well, preferring
   * outlets not yet quoted so that a reader sees who says what, and excerpts that answer over
   * those that only support an answer: on SQuAD, letting these fill the places left lifts hit@3
   * by 0.4 points (lexical) and 0.5 (semantic); which questions are answered stays the same, as
   * do the quotes that answer, since a supporting one never displaces them.
   */
  private List<Excerpt> chooseDiverse(List<Excerpt> excerpts) {
    List<Excerpt> chosen = new ArrayList<>();
    Excerpt best = excerpts.stream().filter(Excerpt::answers).findFirst().orElseThrow();
    chosen.add(best);
    double bar = best.score() * 0.8;
    Set<String> outlets = new HashSet<>();
    outlets.add(best.source().outletOrTitle());
    // An excerpt's members are its own, but the sentence a quote opens with may be another's.
    Set<SentenceRef> shown = new HashSet<>(sentences(best));
    // Excerpts that answer alone, from outlets not yet quoted first; then those that only
    // support an answer, into the places left.
    for (int pass = 0; pass < 3 && chosen.size() < MAX_QUOTES; pass++) {
      for (Excerpt p : excerpts) {
        if (chosen.size() >= MAX_QUOTES || p.score() < bar) {
          break;
        }
        if (pass < 2 && !p.answers()) {
          continue;
        }
        boolean newOutlet = !outlets.contains(p.source().outletOrTitle());
        if (!newOutlet && pass == 0) {
          continue;
        }
        Excerpt unseen = unseen(p, shown);
        if (unseen != null) {
          chosen.add(unseen);
          outlets.add(p.source().outletOrTitle());
          shown.addAll(sentences(unseen));
        } else {
          joinToTheQuoteBefore(chosen, p, shown);
        }
      }
    }
    return chosen;
  }

  /**
   * Adds to fewer than three chosen quotes the sentences of the best quote's paragraph that may
   * lead a quote and score at least {@link #SAME_PARAGRAPH_BAR} of it, best first, as their
   * excerpts where they lead one. The paragraph is on the question's subject, so such a sentence
   * is context at worst; and where the best sentence answers only nearly, the one the reader
   * needs is often beside it. On SQuAD this lifts hit@3 by one point; the first quote stays the
   * same.
   */
  private void fillFromBestParagraph(
      List<Excerpt> chosen, List<Excerpt> excerpts, List<Candidate> ranked) {
    SentenceRef best = chosen.get(0).lead().sentence();
    double bar = chosen.get(0).score() * SAME_PARAGRAPH_BAR;
    Set<SentenceRef> used = new HashSet<>();
    chosen.forEach(e -> used.addAll(sentences(e)));
    Map<SentenceRef, Excerpt> led = new HashMap<>();
    excerpts.forEach(e -> led.put(e.lead().sentence(), e));
    for (Candidate c : ranked) {
      if (chosen.size() >= MAX_QUOTES || c.score() < bar) {
        break;
      }
      SentenceRef s = c.sentence();
      if (!c.mayLead() || used.contains(s) || s.article() != best.article()
          || s.paragraph() != best.paragraph()) {
        continue;
      }
      Excerpt e = led.get(s);
      if (e == null) {
        e = new Excerpt(c, List.of(c), c.mayAnswer());
      }
      Excerpt unseen = unseen(e, used);
      if (unseen != null) {
        chosen.add(unseen);
        used.addAll(sentences(unseen));
      } else {
        joinToTheQuoteBefore(chosen, e, used);
      }
    }
  }

  /**
   * The excerpt without the members another quote already shows, or null when nothing is left or
   * what is left would lean on a sentence shown elsewhere: a quote that opens with the sentence
   * before its first member ("They passed through...") may show a member of another excerpt, and
   * a reader should not be shown one sentence twice.
   */
  private Excerpt unseen(Excerpt p, Set<SentenceRef> shown) {
    List<Candidate> left = unshown(p, shown);
    if (left.isEmpty()) {
      return null;
    }
    Excerpt out = left.size() == p.members().size() ? p
        : new Excerpt(left.contains(p.lead()) ? p.lead() : left.get(0), left, p.answers());
    return sentences(out).stream().anyMatch(shown::contains) ? null : out;
  }

  /** The excerpt's members that no quote shows yet, in text order. */
  private static List<Candidate> unshown(Excerpt p, Set<SentenceRef> shown) {
    List<Candidate> left = new ArrayList<>(p.members());
    left.removeIf(m -> shown.contains(m.sentence()));
    return left;
  }

  /**
   * Adds the excerpt's unshown members to the chosen quote that ends with the sentence just
   * before them, if there is one: "S1" and a quote "S1 S2" (S2 opening with "They") become one
   * quote "S1 S2" rather than the same sentence shown twice.
   */
  private void joinToTheQuoteBefore(List<Excerpt> chosen, Excerpt p, Set<SentenceRef> shown) {
    List<Candidate> left = unshown(p, shown);
    if (left.isEmpty()) {
      return;
    }
    SentenceRef before = paragraphs.neighbour(left.get(0).sentence(), -1);
    for (int i = 0; i < chosen.size(); i++) {
      Excerpt c = chosen.get(i);
      if (c.members().get(c.members().size() - 1).sentence() == before) {
        List<Candidate> members = new ArrayList<>(c.members());
        members.addAll(left);
        chosen.set(i, new Excerpt(c.lead(), members, c.answers()));
        left.forEach(m -> shown.add(m.sentence()));
        return;
      }
    }
  }

  /**
   * The sentences a quote of the excerpt shows, in order: its members, after the sentence before
   * them when the first leans on it ("They passed through..."), so that the reader sees who
   * "they" are.
   */
  private List<SentenceRef> sentences(Excerpt p) {
    Candidate first = p.members().get(0);
    SentenceRef prev = first.facts().previous();
    List<SentenceRef> out = new ArrayList<>(3);
    if (prev != null && !first.facts().standsAlone()) {
      out.add(prev);
    }
    p.members().forEach(m -> out.add(m.sentence()));
    return out;
  }

  /**
   * The paragraphs after a quote that go on with the words it reports, at most
   * {@link #MAX_SPEECH_PARAGRAPHS}, each whole but for at most {@link #MAX_SPEECH_SENTENCES}
   * sentences: news text gives each sentence of a statement a paragraph of its own ("Zakharova
   * rejected the accusation." / "'The criticism ... is unacceptable,' she said."), and a reader who
   * asked what was said needs the words, not only that something was said.
   */
  private List<List<SentenceRef>> speechGoingOn(List<SentenceRef> shown, Set<SentenceRef> quoted) {
    List<List<SentenceRef>> out = new ArrayList<>();
    SentenceRef last = shown.get(shown.size() - 1);
    while (out.size() < MAX_SPEECH_PARAGRAPHS) {
      SentenceRef next = paragraphs.next(last);
      if (next == null || next.paragraph() == last.paragraph() || quoted.contains(next)
          || !AnswerShapes.goesOnWithSpeech(next.text())) {
        break;
      }
      List<SentenceRef> paragraph = paragraphs.paragraphOf(next);
      List<SentenceRef> going = new ArrayList<>(
          paragraph.subList(0, Math.min(MAX_SPEECH_SENTENCES, paragraph.size())));
      going.removeIf(quoted::contains);
      if (going.isEmpty() || going.get(0) != next) {
        break;
      }
      out.add(going);
      last = going.get(going.size() - 1);
    }
    return out;
  }

  /** A quote of the excerpt, its words with the question's terms marked. */
  private Quote quote(Excerpt p, Set<Integer> terms, QuestionType type) {
    return quote(sentences(p), p.score(), terms, type == QuestionType.WHEN ? p.byRank() : null);
  }

  /**
   * A quote of consecutive sentences, its words with the question's terms marked, dated by the
   * first of {@code dated} (best first) whose date can be read, when given.
   */
  private Quote quote(List<SentenceRef> sentences, double score, Set<Integer> terms,
      List<Candidate> dated) {
    Article article = sentences.get(0).article();
    // All sentences stay one exact slice of the article.
    int start = sentences.get(0).span().start();
    TextSpan span = new TextSpan(start, sentences.get(sentences.size() - 1).span().end());
    List<TextSpan> highlights = new ArrayList<>();
    for (SentenceRef s : sentences) {
      highlights.addAll(s.wordsOf(terms, start));
    }
    String date = null;
    if (dated != null && dates != null) {
      for (Candidate m : dated) {
        date = dates.label(annotations.dates(m.sentence()), article.source().published());
        if (date != null) {
          break;
        }
      }
    }
    return new Quote(article, span.start(), span.end(), round(score), highlights, date);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
