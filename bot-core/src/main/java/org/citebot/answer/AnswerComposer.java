package org.citebot.answer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.corpus.Article;
import org.citebot.corpus.Source;
import org.citebot.retrieval.PassageIndex;
import org.citebot.retrieval.PassageIndex.ParsedQuestion;
import org.citebot.retrieval.PassageIndex.Scored;
import org.citebot.retrieval.SentenceRef;
import org.citebot.semantic.SentenceEncoder;
import org.citebot.semantic.TextEmbedder;
import org.citebot.text.TextSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the sentences that answer a question. Candidates come from BM25 over sentences and over
 * paragraphs (with their titles); each is scored from its {@link Evidence}: how much of the
 * question's term weight it covers (alone, with its neighbours, in its paragraph), its BM25
 * scores, whether it has the answer's shape, and, with a sentence model, how close it and its
 * paragraph are in meaning to the question. Quotes are excerpts of one sentence, or two
 * neighbours the ranking can barely tell apart. The bot abstains when no excerpt could lead with
 * a sentence that has the shape the question needs (a "how many" answer names what is counted)
 * and hold one that covers enough of the question and lacks none of its heavy words (names weigh
 * more there than common words, which are often paraphrased), with a denial when the question is
 * negated.
 */
public final class AnswerComposer {

  static final int SENTENCE_HITS = 30;
  /**
   * How many of the best paragraphs give all their sentences as candidates. On SQuAD, 2 rather
   * than 4 abstains on 18 more of the 3,168 unanswerable questions for 3 more of the 2,910
   * answerable ones, with the same hit rates: a weaker paragraph's other sentences seldom hold an
   * answer, but often something that passes for one. (0: hit@3 1.4 points lower; 1: 0.2.)
   */
  static final int PARAGRAPHS_EXPANDED = 2;
  static final int PARAGRAPH_HITS = 20;
  /**
   * How much more a quoting sentence counts for a question about what someone said than a
   * date counts for "when": reported speech usually continues a sentence that names the
   * speaker, so it covers fewer of the question's words itself.
   */
  static final double SPEECH_SHAPE = 2.0;
  /**
   * How much more a number next to what a "how many" question counts ("120,000 people") weighs
   * than any other number in a sentence.
   */
  static final double COUNTED_SHAPE = 2.0;
  static final int MAX_QUOTES = 3;
  static final int MAX_MORE = 6;
  static final int MAX_RELATED = 3;

  private static final Logger LOG = LoggerFactory.getLogger(AnswerComposer.class);

  private final PassageIndex index;
  private final Ranking ranking;
  private final Ranking lexical;
  private final DateLabeler dates;
  private final TextEmbedder embedder;
  /** Each article's position in the corpus, filled once; read-only afterwards. */
  private final Map<Article, Integer> ordinals = new java.util.IdentityHashMap<>();

  /**
   * Labels the date a "when" quote refers to, from the sentence's date expressions and its
   * article's publication date (may be null); returns null when it finds none.
   */
  @FunctionalInterface
  public interface DateLabeler {
    String label(List<org.citebot.dates.DateMention> mentions, java.time.LocalDate published);
  }

  public AnswerComposer(PassageIndex index, Ranking ranking, DateLabeler dates) {
    this(index, ranking, dates, null);
  }

  /**
   * With {@code embedder} (may be null: lexical evidence only), each candidate's closeness in
   * meaning to the question counts too, weighed by {@code ranking}, whenever words alone leave
   * the choice open; words alone are weighed by {@link Ranking#defaults()}. Sentence vectors are
   * computed on first use.
   */
  public AnswerComposer(
      PassageIndex index, Ranking ranking, DateLabeler dates, TextEmbedder embedder) {
    this.index = index;
    this.embedder = embedder;
    this.ranking = ranking;
    this.lexical = embedder == null ? ranking : Ranking.defaults();
    this.dates = dates;
    List<Article> all = index.corpus().articles();
    for (int i = 0; i < all.size(); i++) {
      ordinals.put(all.get(i), i);
    }
    this.sentenceWords = new java.util.concurrent.atomic.AtomicReferenceArray<>(
        index.sentenceCount());
    this.sentenceDates = new java.util.concurrent.atomic.AtomicReferenceArray<>(
        index.sentenceCount());
    this.sentenceNumbers = new java.util.concurrent.atomic.AtomicReferenceArray<>(
        index.sentenceCount());
    this.sentenceVectors = new java.util.concurrent.atomic.AtomicReferenceArray<>(
        index.sentenceCount());
  }

  public PassageIndex index() {
    return index;
  }

  /** Whether a sentence model weighs in. */
  public boolean semantic() {
    return embedder != null;
  }

  /** Composes the answer to an already length-checked question. */
  public Answer compose(String question, List<String> notes) {
    QuestionType type = QuestionClassifier.classify(question);
    String id = answerId(question);
    ParsedQuestion parsed = index.parse(question);
    if (parsed.concepts().isEmpty()) {
      return new Answer(id, question, false, type, List.of(), List.of(), List.of(), notes);
    }
    List<Candidate> ranked = rank(parsed, type, question, true);
    // A day is always named with a digit ("5 May"); most questions have none, so skip the search.
    Set<java.time.MonthDay> days = question.chars().anyMatch(Character::isDigit)
        ? AnswerShapes.days(AnswerShapes.DATES.extract(question)) : Set.of();
    List<Excerpt> excerpts = excerpts(ranked, namedNumbers(question), days,
        AnswerShapes.negated(question), type == QuestionType.WHEN
            || type == QuestionType.HOW_MANY || type == QuestionType.HOW_LONG);
    if (excerpts.stream().noneMatch(Excerpt::answers)) {
      return new Answer(id, question, false, type, List.of(), List.of(), related(ranked), notes);
    }
    List<Excerpt> chosen = chooseDiverse(excerpts);
    fillFromBestParagraph(chosen, excerpts, ranked);
    Set<Integer> highlightTerms = parsed.termIds();
    List<Quote> quotes = new ArrayList<>();
    List<Quote> more = new ArrayList<>();
    for (Excerpt p : chosen) {
      quotes.add(quote(p, highlightTerms, type));
    }
    Set<SentenceRef> quoted = new HashSet<>();
    chosen.forEach(e -> quoted.addAll(sentences(e)));
    for (Excerpt p : excerpts) {
      if (more.size() >= MAX_MORE) {
        break;
      }
      List<SentenceRef> shows = sentences(p);
      if (shows.stream().noneMatch(quoted::contains)) {
        more.add(quote(p, highlightTerms, type));
        quoted.addAll(shows);
      }
    }
    return new Answer(id, question, true, type, quotes, more, List.of(), notes);
  }

  /**
   * How far ahead, in lexical score, the best candidate must be for the sentence model not to be
   * consulted. Measured on SQuAD with whole answers (share of questions that skip the model, hit@3,
   * strict hit@1): 0.1: 74%, 0.900, 0.814; 0.2: 57%, 0.904, 0.812; 0.3: 42%, 0.908, 0.815;
   * always consulted: 0.912, 0.818. At 0.2 most answers still cost no more than lexical ones
   * (p50 on the default corpus stays under 1 ms) for most of what the model adds.
   */
  static final double CONFIDENT_MARGIN = 0.2;

  /**
   * Every candidate sentence, best first. With {@code cascade}, the sentence model is consulted
   * only when words alone leave the choice open (see {@link #CONFIDENT_MARGIN}); without it,
   * always (as when fitting the weights).
   */
  List<Candidate> rank(
      ParsedQuestion parsed, QuestionType type, String question, boolean cascade) {
    List<Scored<SentenceRef>> sentenceHits = index.searchSentences(parsed, SENTENCE_HITS);
    List<Scored<int[]>> paragraphHits = index.searchParagraphs(parsed, PARAGRAPH_HITS);
    if (sentenceHits.isEmpty() && paragraphHits.isEmpty()) {
      return List.of();
    }
    Map<SentenceRef, Double> sentenceScore = new LinkedHashMap<>();
    for (Scored<SentenceRef> s : sentenceHits) {
      sentenceScore.put(s.item(), s.score());
    }
    // The best paragraphs' other sentences join the candidates: an answer often shares few
    // words with the question while its neighbours share many.
    Map<Long, Double> paragraphScore = new HashMap<>();
    int expanded = 0;
    for (Scored<int[]> p : paragraphHits) {
      int articleOrdinal = p.item()[0];
      int paragraph = p.item()[1];
      paragraphScore.put(key(articleOrdinal, paragraph), p.score());
      if (expanded++ < PARAGRAPHS_EXPANDED) {
        for (SentenceRef s : paragraphSentences(articleOrdinal, paragraph)) {
          sentenceScore.putIfAbsent(s, 0.0);
        }
      }
    }
    double maxSentence = sentenceHits.isEmpty() ? 1 : sentenceHits.get(0).score();
    double maxParagraph = paragraphHits.isEmpty() ? 1 : paragraphHits.get(0).score();
    boolean reportsSpeech = AnswerShapes.asksForSpeech(question);
    double[] weights = conceptWeights(parsed);
    if (reportsSpeech) {
      withoutWeight(parsed, AnswerShapes.speechVerbs(question), weights);
    }
    if (type == QuestionType.HOW_LONG) {
      // "long" asks the question, like "many" in "how many"; the answer seldom repeats it.
      withoutWeight(parsed, List.of("long"), weights);
    }
    List<String> counted = AnswerShapes.countedWords(question);
    List<String> impliedCount = AnswerShapes.impliedCountWords(counted);
    if (!impliedCount.isEmpty()) {
      // "times" and "money" ask the question too: the answer says "twice" or "6 million lira".
      withoutWeight(parsed, impliedCount, weights);
    }
    double totalWeight = 0;
    for (double w : weights) {
      totalWeight += w;
    }
    double[] lackable = lackable(parsed, question, weights);
    Set<String> questionWords = words(question);
    int[][] countedIds = counted.isEmpty() ? new int[0][]
        : index.parse(String.join(" ", counted)).conceptIds();
    Set<String> contentWords = new HashSet<>(questionWords);
    contentWords.removeIf(w -> w.length() < 3 || STOP.contains(w));
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<SentenceRef, Double> e : sentenceScore.entrySet()) {
      SentenceRef s = e.getKey();
      double cov = covered(parsed, weights, s, null, null) / totalWeight;
      int articleOrdinal = articleOrdinal(s.article());
      SentenceRef prev = neighbour(articleOrdinal, s, -1);
      SentenceRef next = neighbour(articleOrdinal, s, +1);
      double ctx = covered(parsed, weights, s, prev, next) / totalWeight;
      String text = s.text();
      List<TextSpan> shapes = AnswerShapes.spans(type, question, text, questionWords,
          s.article().source().published(), () -> sentenceDates(s), () -> sentenceNumbers(s));
      // "How many tanks?" is not answered by a number of anything else: what is counted must be
      // named here or next to it.
      boolean shape = (!AnswerShapes.hasShape(type) || !shapes.isEmpty())
          && (countedIds.length == 0 || hasAny(countedIds, s, prev, next)
              || AnswerShapes.countsImplicitly(text, counted));
      // A date far from every term of the question that the sentence has dates something else:
      // "setting up a checkpoint, Baku appears to be continuing a pattern that first emerged in
      // the 2020 war". (A sentence with none of them may date what the one before it says.)
      if (shape && type == QuestionType.WHEN && !shapes.isEmpty()) {
        int apart = s.termsApart(shapes, parsed.conceptIds());
        shape = apart == Integer.MAX_VALUE || apart <= DATE_NEAR;
      }
      // "What did she tell him?" is answered by reported speech: prefer a sentence that quotes.
      boolean shaped = reportsSpeech ? AnswerShapes.quotesSpeech(text) : shape;
      double shapeValue = !shaped ? 0 : reportsSpeech ? SPEECH_SHAPE
          : AnswerShapes.countsWhatWasAsked(text, shapes, counted) ? COUNTED_SHAPE : 1;
      Evidence f = new Evidence(
          cov,
          ctx,
          e.getValue() / maxSentence,
          shapeValue,
          paragraphScore.getOrDefault(key(articleOrdinal, s.paragraph()), 0.0) / maxParagraph,
          coveredIn(parsed, weights, index.paragraphTerms(articleOrdinal, s.paragraph()))
              / totalWeight,
          exactShare(contentWords, sentenceWords(s)),
          adjacency(parsed, s),
          largestMissing(parsed, lackable, s, prev, next) / totalWeight,
          largestMissing(parsed, weights, s, null, null) / totalWeight,
          standsAlone(text) ? 1 : 0,
          0,
          0);
      out.add(new Candidate(s, lexical.score(f), shape, f));
    }
    sort(out);
    if (embedder == null || (cascade && confident(out))) {
      return out;
    }
    return withMeaning(out, question);
  }

  /**
   * How many terms at most (stop words aside) may stand between a "when" answer's date and the
   * nearest of the question's terms in its sentence. On SQuAD, limits from 6 to 12 give the same
   * figures to within 0.2 points, and no limit at all 0.3 points more hit@3 for 0.3 points fewer
   * of the unanswerable questions abstained; the tightest keeps most dates of other events out of
   * answers ("setting up a checkpoint, Baku appears to be continuing a pattern that first emerged
   * in the 2020 war" does not say when the checkpoint was set up).
   */
  static final int DATE_NEAR = 6;

  private static void sort(List<Candidate> candidates) {
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
        .thenComparingInt(c -> c.sentence().ord()));
  }

  private static boolean confident(List<Candidate> ranked) {
    return ranked.size() < 2 || ranked.get(0).score() - ranked.get(1).score() >= CONFIDENT_MARGIN;
  }

  /**
   * The candidates rescored with their closeness in meaning to the question; the lexical order
   * when the sentence model cannot run (it says why once, in the log).
   */
  private List<Candidate> withMeaning(List<Candidate> lexicalOrder, String question) {
    List<SentenceRef> sentences = lexicalOrder.stream().map(Candidate::sentence).toList();
    Map<SentenceRef, Double> closeness;
    Map<Long, Double> paragraphCloseness;
    try {
      float[] q = embedder.embed(question);
      closeness = closeness(q, sentences);
      paragraphCloseness = paragraphCloseness(q, sentences);
    } catch (RuntimeException e) {
      if (!modelFailureLogged.getAndSet(true)) {
        LOG.warn(
            "sentence model failed, answering by words alone: {}", e.getMessage());
      }
      return lexicalOrder;
    }
    List<Candidate> out = new ArrayList<>(lexicalOrder.size());
    for (Candidate c : lexicalOrder) {
      SentenceRef s = c.sentence();
      Evidence f = c.evidence().withMeaning(closeness.get(s),
          paragraphCloseness.get(key(articleOrdinal(s.article()), s.paragraph())));
      out.add(new Candidate(s, ranking.score(f), c.shapeFits(), f));
    }
    sort(out);
    return out;
  }

  /** Each sentence's embedding, computed once on first use. */
  private final java.util.concurrent.atomic.AtomicReferenceArray<float[]> sentenceVectors;

  private final java.util.concurrent.atomic.AtomicBoolean modelFailureLogged =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** The cosine of the question's and each sentence's embeddings. */
  private Map<SentenceRef, Double> closeness(float[] q, List<SentenceRef> ss) {
    embedSentences(ss);
    Map<SentenceRef, Double> out = new HashMap<>();
    for (SentenceRef s : ss) {
      out.put(s, SentenceEncoder.similarity(q, sentenceVectors.get(s.ord())));
    }
    return out;
  }

  /**
   * Embeds every sentence and paragraph now rather than on first use, so that the first
   * questions after a (re)load are as quick as later ones. Does nothing without a model.
   */
  public void embedAll() {
    if (embedder != null) {
      embedSentences(index.sentences());
      embedParagraphs(index.sentences());
    }
  }

  private void embedSentences(List<SentenceRef> ss) {
    for (SentenceRef s : ss) {
      if (sentenceVectors.get(s.ord()) == null) {
        sentenceVectors.set(s.ord(), embedder.embed(s.text()));
      }
    }
  }

  /** Each paragraph's embedding (with its article's title), computed once on first use. */
  private final Map<Long, float[]> paragraphVectors = new java.util.concurrent.ConcurrentHashMap<>();

  /** The cosine of the question's and each candidate's paragraph's embeddings. */
  private Map<Long, Double> paragraphCloseness(float[] q, List<SentenceRef> ss) {
    embedParagraphs(ss);
    Map<Long, Double> out = new HashMap<>();
    for (SentenceRef s : ss) {
      long k = key(articleOrdinal(s.article()), s.paragraph());
      out.computeIfAbsent(k, x -> SentenceEncoder.similarity(q, paragraphVectors.get(x)));
    }
    return out;
  }

  private void embedParagraphs(List<SentenceRef> ss) {
    for (SentenceRef s : ss) {
      long k = key(articleOrdinal(s.article()), s.paragraph());
      if (!paragraphVectors.containsKey(k)) {
        Article a = s.article();
        String text = a.source().title() + ". " + a.slice(a.paragraphs().get(s.paragraph()));
        paragraphVectors.put(k, embedder.embed(text));
      }
    }
  }

  /** Common words that say nothing about a question's subject, for the exact-word feature. */
  private static final Set<String> STOP = Set.of("the", "and", "for", "was", "were", "what",
      "when", "who", "whom", "which", "where", "why", "how", "many", "much", "did", "does", "has",
      "have", "had", "are", "its", "his", "her", "their", "this", "that", "these", "those", "with",
      "from", "into", "than", "then", "there", "they", "them", "not", "but", "can", "could",
      "would", "should", "will", "been", "being", "also", "some", "any", "such", "about", "after",
      "before", "other", "more", "most");

  static Set<String> words(String text) {
    return new HashSet<>(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")));
  }

  /** Each sentence's date expressions, found once on first use. */
  private final java.util.concurrent.atomic.AtomicReferenceArray<List<org.citebot.dates.DateMention>>
      sentenceDates;

  private List<org.citebot.dates.DateMention> sentenceDates(SentenceRef s) {
    List<org.citebot.dates.DateMention> d = sentenceDates.get(s.ord());
    if (d == null) {
      d = List.copyOf(AnswerShapes.DATES.extract(s.text()));
      sentenceDates.set(s.ord(), d);
    }
    return d;
  }

  /** Each sentence's numbers, found once on first use. */
  private final java.util.concurrent.atomic.AtomicReferenceArray<List<AnswerShapes.Match>>
      sentenceNumbers;

  private List<AnswerShapes.Match> sentenceNumbers(SentenceRef s) {
    List<AnswerShapes.Match> n = sentenceNumbers.get(s.ord());
    if (n == null) {
      n = AnswerShapes.numbers(s.text());
      sentenceNumbers.set(s.ord(), n);
    }
    return n;
  }

  /** Each sentence's lower-case words, computed once on first use. */
  private final java.util.concurrent.atomic.AtomicReferenceArray<Set<String>> sentenceWords;

  private Set<String> sentenceWords(SentenceRef s) {
    Set<String> w = sentenceWords.get(s.ord());
    if (w == null) {
      w = Set.copyOf(words(s.text()));
      sentenceWords.set(s.ord(), w);
    }
    return w;
  }

  /**
   * Share of the question's neighbouring concepts (stop words aside) that stand side by side in
   * the sentence as well: a sentence that says "the oldest armed seal of Warsaw" matches "When is
   * the oldest armed seal of Warsaw from?" more closely than one that has the same words apart.
   */
  static double adjacency(ParsedQuestion parsed, SentenceRef s) {
    int[][] c = parsed.conceptIds();
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
  static double exactShare(Set<String> contentWords, Set<String> sw) {
    if (contentWords.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : contentWords) {
      if (sw.contains(w)) {
        n++;
      }
    }
    return (double) n / contentWords.size();
  }

  private static long key(int articleOrdinal, int paragraph) {
    return ((long) articleOrdinal << 32) | paragraph;
  }

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

  /**
   * Whether a sentence reads on its own: one that opens as {@link #ANAPHORIC_START} describes
   * ("They passed through...") leans on a sentence the reader of a quote does not see.
   */
  static boolean standsAlone(String sentence) {
    return !ANAPHORIC_START.matcher(sentence).lookingAt();
  }

  /**
   * How much a common word of the question weighs, against a name, in what a quote may lack: verbs
   * and common nouns are paraphrased ("Who did Emma marry?" is answered by "the marriage of
   * Emma"), names seldom are. On SQuAD, with the rule that a negated question needs a negated
   * answer, 0.8 answers 52 more of the 2,910 answerable questions and still abstains on more of
   * the unanswerable ones than before both (13.8% against 11.0%).
   */
  static final double PARAPHRASABLE = 0.8;

  /**
   * The concept weights for the bar on what a quote may lack: a name's in full, a common word's
   * times {@link #PARAPHRASABLE}. A name is a word written with a capital, past the question's
   * first word.
   */
  static double[] lackable(ParsedQuestion parsed, String question, double[] weights) {
    double[] out = weights.clone();
    String first = question.strip().split("\\s+", 2)[0];
    for (int i = 0; i < out.length; i++) {
      String w = parsed.words().get(i);
      boolean name = Character.isUpperCase(w.codePointAt(0)) && !first.startsWith(w);
      if (!name) {
        out[i] *= PARAPHRASABLE;
      }
    }
    return out;
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
  private static boolean found(int[] concept, SentenceRef s, SentenceRef prev, SentenceRef next) {
    return s.hasAny(concept) || (prev != null && prev.hasAny(concept))
        || (next != null && next.hasAny(concept));
  }

  /** The weight of the heaviest concept that neither the sentence nor its neighbours contain. */
  private static double largestMissing(
      ParsedQuestion parsed, double[] weights, SentenceRef s, SentenceRef prev, SentenceRef next) {
    double max = 0;
    int[][] concepts = parsed.conceptIds();
    for (int i = 0; i < concepts.length; i++) {
      if (!found(concepts[i], s, prev, next)) {
        max = Math.max(max, weights[i]);
      }
    }
    return max;
  }

  private static double coveredIn(ParsedQuestion parsed, double[] weights, int[] sortedTerms) {
    double sum = 0;
    int[][] concepts = parsed.conceptIds();
    for (int i = 0; i < concepts.length; i++) {
      for (int t : concepts[i]) {
        if (t >= 0 && java.util.Arrays.binarySearch(sortedTerms, t) >= 0) {
          sum += weights[i];
          break;
        }
      }
    }
    return sum;
  }

  /**
   * Gives no weight to the concepts of {@code words}: the verb a question about speech asks with
   * ("What did France say?"), since the answer is a quote, which seldom repeats it, or the "long"
   * of "how long". Leaves the weights as they are when nothing else would be left.
   */
  private void withoutWeight(ParsedQuestion parsed, List<String> words, double[] weights) {
    Set<String> terms = new HashSet<>();
    index.parse(String.join(" ", words)).concepts().forEach(terms::addAll);
    double[] trial = weights.clone();
    double left = 0;
    for (int i = 0; i < trial.length; i++) {
      if (parsed.concepts().get(i).stream().anyMatch(terms::contains)) {
        trial[i] = 0;
      }
      left += trial[i];
    }
    if (left > 0) {
      System.arraycopy(trial, 0, weights, 0, weights.length);
    }
  }

  /** Weight of each concept: its highest IDF among alternatives (rare words matter most). */
  private double[] conceptWeights(ParsedQuestion parsed) {
    double[] w = new double[parsed.concepts().size()];
    for (int i = 0; i < w.length; i++) {
      double max = 0;
      for (String t : parsed.concepts().get(i)) {
        max = Math.max(max, index.idf(t));
      }
      w[i] = max;
    }
    return w;
  }

  private static double covered(
      ParsedQuestion parsed, double[] weights, SentenceRef s, SentenceRef prev, SentenceRef next) {
    double sum = 0;
    int[][] concepts = parsed.conceptIds();
    for (int i = 0; i < concepts.length; i++) {
      if (found(concepts[i], s, prev, next)) {
        sum += weights[i];
      }
    }
    return sum;
  }

  private SentenceRef neighbour(int articleOrdinal, SentenceRef s, int step) {
    int i = s.index() + step;
    if (i < 0 || i >= s.article().sentences().size()) {
      return null;
    }
    SentenceRef n = index.sentence(articleOrdinal, i);
    return n.paragraph() == s.paragraph() ? n : null;
  }

  private int articleOrdinal(Article a) {
    return ordinals.get(a);
  }


  /**
   * How far below a quote's leading sentence its neighbour may score and still be quoted with it.
   * When the ranking can barely tell two neighbouring sentences apart, the question often echoes
   * one while the other holds the answer ("The treaty was signed in Paris. It took effect in
   * 1920."); quoting both, as written, shows the answer with what it answers. On SQuAD, a gap of
   * 0.3 lifts strict hit@1 by about 4 points while first quotes grow from 198 to 266 characters
   * on average; wider gaps buy little more per character.
   */
  static final double MERGE_WITHIN = 0.3;

  /**
   * The quotable excerpts, best first. Each candidate that has the answer's shape leads one,
   * joined by the better of its neighbours in the paragraph when that scores within
   * {@link #MERGE_WITHIN}; no sentence is in two excerpts. An excerpt answers when its leading
   * sentence, or the one before it in the excerpt, covers the question well enough on its own
   * ({@link Ranking#mayAnswer}); one whose lead covers less may still support an answer
   * ({@link Ranking#maySupport}). Either way its paragraph must name every number and day the
   * question names and, when the question is negated, one of its sentences deny something. The
   * next sentence joins a lead that answers when it goes on from it ({@link #continuation});
   * when the question asks for a date or a number ({@code datesOrNumbers}), whose lead holds
   * one, only if the lead leaves part of the question out and the next sentence has a date or
   * number too ("The lighthouse was built in 1874." needs no "It was automated in 1990.").
   */
  private List<Excerpt> excerpts(List<Candidate> ranked, Set<String> questionNumbers,
      Set<java.time.MonthDay> questionDays, boolean negated, boolean datesOrNumbers) {
    Map<SentenceRef, Candidate> bySentence = new HashMap<>();
    for (Candidate c : ranked) {
      bySentence.put(c.sentence(), c);
    }
    Set<SentenceRef> used = new HashSet<>();
    List<Excerpt> out = new ArrayList<>();
    for (Candidate lead : ranked) {
      if (!lead.shapeFits() || used.contains(lead.sentence())) {
        continue;
      }
      SentenceRef s = lead.sentence();
      int ordinal = articleOrdinal(s.article());
      Candidate before = mergeable(bySentence, used, neighbour(ordinal, s, -1), lead);
      Candidate after = mergeable(bySentence, used, neighbour(ordinal, s, +1), lead);
      Candidate continuation = continuation(bySentence, used, neighbour(ordinal, s, +1));
      if (continuation != null && datesOrNumbers
          && (lead.evidence().coverage() >= 1 || !continuation.shapeFits())) {
        // The lead holds a date or a number already; the next sentence, with one of its own,
        // joins only where the lead leaves part of the question out ("Warsaw's first stock
        // exchange was established in 1817 ... It was re-established in April 1991").
        continuation = null;
      }
      // The sentence with the answer's shape must cover the question itself, or follow the one
      // that does: "The council approved the bridge. The vote took place on 12 March." answers
      // when it was approved; a date the next sentence merely looks back on ("Even before
      // February 2022, ... Since then, ... the checkpoint") does not.
      boolean leadCovers = ranking.mayAnswer(lead.evidence());
      boolean answers = leadCovers || (before != null && ranking.mayAnswer(before.evidence()));
      if (!answers && !ranking.maySupport(lead.evidence())) {
        continue;
      }
      if (!answers) {
        // A supporting quote stands alone, and leaves its neighbours to excerpts that answer.
        before = null;
        after = null;
      } else if (!leadCovers
          || (before != null && (after == null || before.score() >= after.score()))) {
        after = null;
      } else {
        before = null;
      }
      if (answers && leadCovers && after == null) {
        // A sentence that goes on from the lead joins it, whatever else does (SQuAD, with the
        // openings that mark such a sentence: hit@1 and hit@3 each +0.9 points, first quotes 25
        // characters longer on average).
        after = continuation;
      }
      List<Candidate> members = new ArrayList<>(2);
      if (before != null) {
        members.add(before);
      }
      members.add(lead);
      if (after != null) {
        members.add(after);
      }
      if (!namesAll(s, questionNumbers, questionDays) || (negated && !denies(members))) {
        continue;
      }
      if (after != null && !datesOrNumbers && answers && leadCovers) {
        // The one after that, too, when it goes on in turn ("... to the 2008 recession. It
        // was worth $32 billion in 2011").
        Candidate further =
            continuation(bySentence, used, neighbour(ordinal, after.sentence(), +1));
        if (further != null) {
          members.add(further);
        }
      }
      members.forEach(m -> used.add(m.sentence()));
      out.add(new Excerpt(lead, members, answers));
    }
    return out;
  }

  /**
   * Whether one of the sentences denies something. A question that does ("Which town was not
   * rebuilt?") is not answered by a quote that only affirms ("The town was rebuilt in 1950"): on
   * SQuAD, requiring a denial in the quote abstains on 183 more of the 3,168 unanswerable
   * questions, many of which turn an answerable one round with a "not", for 7 more false
   * abstentions in 2,910.
   */
  private static boolean denies(List<Candidate> members) {
    for (Candidate m : members) {
      if (AnswerShapes.denies(m.sentence().text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number a question names: two digits or more, not an ordinal ("16th") or a decade ("1970s",
   * "1950's"), since articles write those in other ways ("in 1565", "in the sixteenth century"),
   * nor, as with the numbers of a sentence, the digits of a name ("report P-2626"), unless a year.
   */
  private static final Pattern NAMED_NUMBER = Pattern.compile(
      "(?<![\\d.,])(?:(?<![\\p{L}\\d]-)\\b\\d{2,}(?:[.,]\\d+)*|(?:1\\d{3}|20\\d{2}))\\b(?!['’]s\\b)");

  /** The numbers a question names, without thousands separators. */
  private static Set<String> namedNumbers(String question) {
    Set<String> out = new HashSet<>();
    Matcher m = NAMED_NUMBER.matcher(question);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }

  /**
   * Whether the paragraph of {@code s} names every number and day the question names, counting
   * the years its dates resolve to ("Dec. 12" in an article of January 2023 holds 2022). "What did
   * the council decide in 1950?" is not answered by a paragraph about its 1932 decisions, however
   * well the other words match, nor "What happened on 5 May?" by one about a 5-kilometre
   * corridor: on SQuAD this abstains on 1.5 points more of the unanswerable questions (11.5%
   * against 10.0%) for two more false abstentions in 2,910 questions.
   */
  private boolean namesAll(
      SentenceRef s, Set<String> questionNumbers, Set<java.time.MonthDay> questionDays) {
    if (questionNumbers.isEmpty() && questionDays.isEmpty()) {
      return true;
    }
    LocalDate published = s.article().source().published();
    Set<String> numbers = new HashSet<>();
    Set<java.time.MonthDay> days = new HashSet<>();
    for (SentenceRef o : paragraphSentences(articleOrdinal(s.article()), s.paragraph())) {
      sentenceNumbers(o).forEach(n -> numbers.add(n.text().replace(",", "")));
      numbers.addAll(AnswerShapes.years(sentenceDates(o), published));
      days.addAll(AnswerShapes.days(sentenceDates(o)));
    }
    return numbers.containsAll(questionNumbers) && days.containsAll(questionDays);
  }

  /** The sentences of one paragraph of an article, in order. */
  private List<SentenceRef> paragraphSentences(int articleOrdinal, int paragraph) {
    List<SentenceRef> out = new ArrayList<>();
    int count = index.corpus().articles().get(articleOrdinal).sentences().size();
    for (int i = 0; i < count; i++) {
      SentenceRef s = index.sentence(articleOrdinal, i);
      if (s.paragraph() == paragraph) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The next sentence of the paragraph when it goes on from the one before rather than standing
   * alone ("He called it packet switching", "But a storm dispersed the fleet", "This phenomenon
   * is called color confinement"), however it scores: the question often echoes one sentence
   * while the next, which names little of the question, answers it.
   */
  private static Candidate continuation(
      Map<SentenceRef, Candidate> bySentence, Set<SentenceRef> used, SentenceRef s) {
    if (s == null || used.contains(s) || standsAlone(s.text())) {
      return null;
    }
    return bySentence.get(s);
  }

  private static Candidate mergeable(
      Map<SentenceRef, Candidate> bySentence, Set<SentenceRef> used, SentenceRef s,
      Candidate lead) {
    if (s == null || used.contains(s)) {
      return null;
    }
    Candidate c = bySentence.get(s);
    return c != null && lead.score() - c.score() <= MERGE_WITHIN ? c : null;
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
   * How well, against the best quote, another sentence of its paragraph must score to be quoted
   * when fewer than three quotes clear the usual bar.
   */
  static final double SAME_PARAGRAPH_BAR = 0.7;

  /**
   * Adds to fewer than three chosen quotes the sentences of the best quote's paragraph that have
   * the answer's shape and score at least {@link #SAME_PARAGRAPH_BAR} of it, best first, as their
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
      if (!c.shapeFits() || used.contains(s) || s.article() != best.article()
          || s.paragraph() != best.paragraph()) {
        continue;
      }
      Excerpt e = led.get(s);
      if (e == null) {
        e = new Excerpt(c, List.of(c), ranking.mayAnswer(c.evidence()));
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
    SentenceRef first = left.get(0).sentence();
    SentenceRef before = neighbour(articleOrdinal(first.article()), first, -1);
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
    SentenceRef first = p.members().get(0).sentence();
    SentenceRef prev = neighbour(articleOrdinal(first.article()), first, -1);
    List<SentenceRef> out = new ArrayList<>(3);
    if (prev != null && !standsAlone(first.text())) {
      out.add(prev);
    }
    p.members().forEach(m -> out.add(m.sentence()));
    return out;
  }

  /** A quote of the excerpt, its words with the question's terms marked. */
  private Quote quote(Excerpt p, Set<Integer> terms, QuestionType type) {
    List<SentenceRef> sentences = sentences(p);
    Article article = sentences.get(0).article();
    // All sentences stay one exact slice of the article.
    int start = sentences.get(0).span().start();
    TextSpan span = new TextSpan(start, sentences.get(sentences.size() - 1).span().end());
    List<TextSpan> highlights = new ArrayList<>();
    for (SentenceRef s : sentences) {
      highlights.addAll(s.wordsOf(terms, start));
    }
    String date = null;
    if (type == QuestionType.WHEN && dates != null) {
      for (Candidate m : p.byRank()) {
        date = dates.label(sentenceDates(m.sentence()), article.source().published());
        if (date != null) {
          break;
        }
      }
    }
    return new Quote(article, span.start(), span.end(), round(p.score()), highlights, date);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private List<Source> related(List<Candidate> ranked) {
    List<Source> out = new ArrayList<>();
    for (Candidate c : ranked) {
      Source src = c.sentence().article().source();
      if (c.evidence().coverage() > 0 && !out.contains(src)) {
        out.add(src);
      }
      if (out.size() >= MAX_RELATED) {
        break;
      }
    }
    return out;
  }

  private String answerId(String question) {
    String key = AnswerCache.normalise(question) + "\n" + index.corpus().version();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A sentence under consideration, with its score and the evidence behind it. */
  record Candidate(SentenceRef sentence, double score, boolean shapeFits, Evidence evidence) {}

  /**
   * Consecutive candidates of one paragraph quoted together, scored by the one that leads it.
   *
   * @param members in text order
   * @param answers whether it may be quoted as an answer on its own (see
   *     {@link Ranking#mayAnswer}); if not, it may only join an answer that has such a quote
   */
  record Excerpt(Candidate lead, List<Candidate> members, boolean answers) {
    double score() {
      return lead.score();
    }

    Source source() {
      return lead.sentence().article().source();
    }

    /** The lead first, then the others. */
    List<Candidate> byRank() {
      List<Candidate> out = new ArrayList<>(members);
      out.remove(lead);
      out.add(0, lead);
      return out;
    }
  }
}
