package org.citebot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.retrieval.Retriever;
import org.citebot.retrieval.SentenceRef;
import org.citebot.text.TextSpan;

/** The second stage: the {@link SentenceFacts} of each candidate, computed once. */
final class FactFinder {

  /**
   * How many terms at most (stop words aside) may stand between a "when" answer's date and the
   * nearest of the question's terms in its sentence. On SQuAD, limits from 6 to 12 give the same
   * figures to within 0.2 points, and no limit at all 0.3 points more hit@3 for 0.3 points fewer
   * of the unanswerable questions abstained; the tightest keeps most dates of other events out of
   * answers ("setting up a checkpoint, Baku appears to be continuing a pattern that first emerged
   * in the 2020 war" does not say when the checkpoint was set up).
   */
  static final int DATE_NEAR = 6;

  /**
   * A sentence that leans on the one before: it opens with a pronoun or a connective ("They
   * passed through", "Other spokesmen included"), with a pronoun after a short opening phrase
   * ("Uninterested in administration, they were separated"), or with a quantifier that stands for
   * a group already named ("Most went to Cuba", "Many of them stayed").
   */
  private static final Pattern ANAPHORIC_START = Pattern.compile(
      // Matched from the sentence's start only (lookingAt): searching every position for the
      // three openings cost a quarter of a millisecond per question.
      "^(?:[\"“‘'(]\\s*)?(?:It|Its|They|Their|Them|He|His|She|Her|This|These|Those|That|Such|"
          + "There|Both|The latter|The former|Also|Then|Thus|However|But|And|Other|Another|"
          + "Similarly|Likewise|Moreover|Furthermore|In addition)\\b"
          + "|^[^,]{1,60},\\s+(?:it|its|they|their|he|his|she|her|this|these)\\b"
          + "|^(?:Most|Many|Some|Few|All|None|Several)(?:\\s+of\\s+(?:them|these|those)\\b"
          + "|\\s+(?:went|were|are|was|had|have|did|do|could|would|will)\\b)");

  private final Retriever retriever;
  private final Paragraphs paragraphs;
  private final SentenceAnnotations annotations;

  FactFinder(Retriever retriever, Paragraphs paragraphs, SentenceAnnotations annotations) {
    this.retriever = retriever;
    this.paragraphs = paragraphs;
    this.annotations = annotations;
  }

  /** The facts of each hit, in the hits' order. */
  List<SentenceFacts> find(Question q, List<CandidateSearch.Hit> hits) {
    List<SentenceFacts> out = new ArrayList<>(hits.size());
    for (CandidateSearch.Hit hit : hits) {
      out.add(facts(q, hit));
    }
    return out;
  }

  private SentenceFacts facts(Question q, CandidateSearch.Hit hit) {
    SentenceRef s = hit.sentence();
    SentenceRef prev = paragraphs.neighbour(s, -1);
    SentenceRef next = paragraphs.neighbour(s, +1);
    String text = s.text();
    List<TextSpan> shapes = AnswerShapes.spans(q.type(), q.looksAhead(), text, q.words(),
        s.article().source().published(), () -> annotations.dates(s),
        () -> annotations.numbers(s));
    boolean shapeFound = !AnswerShapes.hasShape(q.type()) || !shapes.isEmpty();
    // "How many tanks?" is not answered by a number of anything else: what is counted must be
    // named here or next to it.
    boolean namesFocus = q.focusIds().length == 0
        || (hasAny(q.focusIds(), s, prev, next) && !onlyInCompounds(q.focus(), s, prev, next))
        || AnswerShapes.countsImplicitly(text, q.focus());
    // A date far from every term of the question that the sentence has dates something else:
    // "setting up a checkpoint, Baku appears to be continuing a pattern that first emerged in
    // the 2020 war". (A sentence with none of them may date what the one before it says.)
    boolean dateNear = true;
    if (q.type() == QuestionType.WHEN && !shapes.isEmpty()) {
      int apart = s.termsApart(shapes, q.terms().conceptIds());
      dateNear = (apart == Integer.MAX_VALUE || apart <= DATE_NEAR)
          && !datesAnotherNoun(text, shapes, s, q.terms().termIds());
    }
    double total = q.totalWeight();
    return new SentenceFacts(
        s,
        prev,
        next,
        hit.sentenceBm25(),
        hit.paragraphBm25(),
        shapes,
        shapeFound,
        namesFocus,
        dateNear,
        q.asksForSpeech() && AnswerShapes.quotesSpeech(text),
        AnswerShapes.countsWhatWasAsked(text, shapes, q.focus()),
        covered(q, s, null, null) / total,
        covered(q, s, prev, next) / total,
        coveredIn(q, retriever.paragraphTerms(paragraphs.ordinal(s.article()), s.paragraph()))
            / total,
        exactShare(q.contentWords(), annotations.words(s)),
        adjacency(q, s),
        largestMissing(q.terms().conceptIds(), q.lackable(), s, prev, next) / total,
        largestMissing(q.terms().conceptIds(), q.weights(), s, null, null) / total,
        standsAlone(text),
        0,
        0);
  }

  /** A word that opens a relative clause, which describes the noun before it. */
  private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which|who|whom|whose)\\b");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\u2013\u2014]");

  /**
   * Whether every date of the sentence stands in a relative clause that holds none of the
   * question's words: such a date dates the noun the clause describes, not what the question asks
   * about ("setting up a checkpoint, Baku appears to be continuing a pattern that first emerged in
   * the 2020 war" does not say when the checkpoint was set up). A date in the main clause ("On 23
   * April, Baku opened a checkpoint ... territory that is the only road") is not one.
   */
  static boolean datesAnotherNoun(String text, List<TextSpan> dates, SentenceRef s,
      Set<Integer> termIds) {
    List<TextSpan> words = s.wordsOf(termIds, s.span().start());
    for (TextSpan date : dates) {
      Matcher m = RELATIVE.matcher(text);
      m.region(0, Math.min(date.start(), text.length()));
      int open = -1;
      while (m.find()) {
        open = m.start();
      }
      if (open < 0 || CLAUSE_BREAK.matcher(text).region(open, date.start()).find()) {
        return false;
      }
      Matcher end = CLAUSE_BREAK.matcher(text);
      int close = end.find(date.end()) ? end.start() : text.length();
      for (TextSpan w : words) {
        if (w.start() >= open && w.start() < close) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a sentence reads on its own: one that opens as {@link #ANAPHORIC_START} describes
   * ("They passed through...") leans on a sentence the reader of a quote does not see.
   */
  static boolean standsAlone(String sentence) {
    return !ANAPHORIC_START.matcher(sentence).lookingAt();
  }

  /**
   * Share of the question's neighbouring concepts (stop words aside) that stand side by side in
   * the sentence as well: a sentence that says "the oldest armed seal of Warsaw" matches "When is
   * the oldest armed seal of Warsaw from?" more closely than one that has the same words apart.
   */
  static double adjacency(Question q, SentenceRef s) {
    int[][] c = q.terms().conceptIds();
    if (c.length < 2) {
      return 0;
    }
    int found = 0;
    for (int i = 0; i + 1 < c.length; i++) {
      if (s.hasPair(c[i], c[i + 1])) {
        found++;
      }
    }
    return (double) found / (c.length - 1);
  }

  /** Share of the question's content words that the sentence has in the same form. */
  static double exactShare(Set<String> contentWords, Set<String> sentenceWords) {
    if (contentWords.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : contentWords) {
      if (sentenceWords.contains(w)) {
        n++;
      }
    }
    return (double) n / contentWords.size();
  }

  /**
   * Whether the sentence and its neighbours (either may be null) name the counted words only
   * inside hyphenated words ("anti-tank" for "tanks").
   */
  private static boolean onlyInCompounds(List<String> counted, SentenceRef s, SentenceRef prev,
      SentenceRef next) {
    StringBuilder text = new StringBuilder(s.text());
    for (SentenceRef n : new SentenceRef[] {prev, next}) {
      if (n != null) {
        text.append(' ').append(n.text());
      }
    }
    return AnswerShapes.namesCountedOnlyInCompounds(text.toString(), counted);
  }

  /** Whether the sentence or a neighbour has one of the concepts. */
  private static boolean hasAny(int[][] concepts, SentenceRef s, SentenceRef prev,
      SentenceRef next) {
    for (int[] c : concepts) {
      if (found(c, s, prev, next)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence or a neighbour (either may be null) has one of the concept's terms. */
  static boolean found(int[] concept, SentenceRef s, SentenceRef prev, SentenceRef next) {
    return s.hasAny(concept) || (prev != null && prev.hasAny(concept))
        || (next != null && next.hasAny(concept));
  }

  /** The weight of the heaviest concept that neither the sentence nor its neighbours contain. */
  private static double largestMissing(
      int[][] concepts, double[] weights, SentenceRef s, SentenceRef prev, SentenceRef next) {
    int i = heaviestMissing(concepts, weights, s, prev, next);
    return i < 0 ? 0 : weights[i];
  }

  /**
   * The index of the heaviest concept of positive weight that neither the sentence nor its
   * neighbours (either may be null) contain, the first of equals; -1 when it lacks none.
   */
  static int heaviestMissing(
      int[][] concepts, double[] weights, SentenceRef s, SentenceRef prev, SentenceRef next) {
    int heaviest = -1;
    for (int i = 0; i < concepts.length; i++) {
      if (weights[i] > 0 && (heaviest < 0 || weights[i] > weights[heaviest])
          && !found(concepts[i], s, prev, next)) {
        heaviest = i;
      }
    }
    return heaviest;
  }

  private static double coveredIn(Question q, int[] sortedTerms) {
    double sum = 0;
    int[][] concepts = q.terms().conceptIds();
    for (int i = 0; i < concepts.length; i++) {
      for (int t : concepts[i]) {
        if (t >= 0 && Arrays.binarySearch(sortedTerms, t) >= 0) {
          sum += q.weights()[i];
          break;
        }
      }
    }
    return sum;
  }

  private static double covered(Question q, SentenceRef s, SentenceRef prev, SentenceRef next) {
    double sum = 0;
    int[][] concepts = q.terms().conceptIds();
    for (int i = 0; i < concepts.length; i++) {
      if (found(concepts[i], s, prev, next)) {
        sum += q.weights()[i];
      }
    }
    return sum;
  }
}
