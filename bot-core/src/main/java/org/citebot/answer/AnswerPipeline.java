package org.citebot.answer;

import java.util.List;
import java.util.Set;
import org.citebot.dates.DateMention;
import org.citebot.retrieval.Retriever;
import org.citebot.semantic.StaticVectors;
import org.citebot.text.Hashes;

/**
 * Answers a question from one corpus in named stages, each a class with one job:
 *
 * <ol>
 *   <li>{@link QuestionParser}: the question, analysed once into a {@link Question};
 *   <li>{@link CandidateSearch}: candidate sentences through the {@link Retriever} port;
 *   <li>{@link FactFinder}: each candidate's {@link SentenceFacts}, computed once;
 *   <li>{@link Ranker}: scores from the {@link Feature}s and the {@link Ranking}'s weights;
 *   <li>{@link ExcerptBuilder}: excerpts (a quote and its neighbours), judged by the
 *       {@link Gates};
 *   <li>{@link QuoteChooser}: the quotes shown, further ones for "more sources", and related
 *       articles when the bot abstains.
 * </ol>
 *
 * An abstention names the gate that refused the best candidate. Thread-safe; immutable but for
 * the words-alone pipeline it makes if the sentence model fails.
 */
public final class AnswerPipeline {

  /**
   * Labels the date a "when" quote refers to, from the sentence's date expressions and its
   * article's publication date (may be null); returns null when it finds none.
   */
  @FunctionalInterface
  public interface DateLabeler {
    String label(List<DateMention> mentions, java.time.LocalDate published);
  }

  private final Retriever retriever;
  private final AnswerSettings settings;
  private final QuestionParser parser;
  private final CandidateSearch search;
  private final FactFinder facts;
  private final Gates gates;
  private final Ranker ranker;
  private final ExcerptBuilder excerpts;
  private final QuoteChooser chooser;
  private final MeaningScorer meaning;
  private final Answerability answerability;
  private final SourceQuestions sourceQuestions;
  private final SentenceAnnotations annotations;
  private final DateLabeler dates;
  /**
   * The same corpus answered by words alone, for a question the sentence model was to weigh but
   * could not (it failed to load here, say): the gates, confidence model and bar fitted for
   * semantic matching would misjudge a quote ranked without it. Made on first need; guarded by
   * this pipeline's lock.
   */
  private AnswerPipeline wordsAlone;

  public AnswerPipeline(Retriever retriever, AnswerSettings settings, DateLabeler dates) {
    this.retriever = retriever;
    this.settings = settings;
    Paragraphs paragraphs = new Paragraphs(retriever);
    this.annotations = new SentenceAnnotations(retriever.sentenceCount());
    this.parser = new QuestionParser(retriever);
    this.search = new CandidateSearch(retriever, paragraphs);
    this.facts = new FactFinder(retriever, paragraphs, annotations);
    this.gates = Gates.standard(paragraphs, annotations, settings.gatesOff(),
        settings.minConfidence(), settings.embedder() != null);
    this.answerability = settings.answerability();
    // Every answer's confidence reads them: they load while the rest is set up.
    StaticVectors.loadInBackground();
    this.meaning = settings.embedder() == null ? null
        : new MeaningScorer(settings.embedder(), retriever, paragraphs);
    this.ranker = new Ranker(settings.ranking(), settings.lexicalRanking(), meaning, gates,
        paragraphs);
    this.excerpts = new ExcerptBuilder(paragraphs, gates);
    this.chooser = new QuoteChooser(paragraphs, dates, annotations);
    this.sourceQuestions = new SourceQuestions(retriever.corpus());
    this.dates = dates;
  }

  public Retriever retriever() {
    return retriever;
  }

  public AnswerSettings settings() {
    return settings;
  }

  /** Whether a sentence model weighs in. */
  public boolean semantic() {
    return meaning != null;
  }

  /**
   * Embeds every sentence and paragraph now rather than on first use, so that the first
   * questions after a (re)load are as quick as later ones. Does nothing without a model.
   */
  public void embedAll() {
    if (meaning != null) {
      meaning.embedAll();
    }
  }

  /** Sentence vectors held so far (0 without a model); for measuring memory. */
  public int sentenceVectorCount() {
    return meaning == null ? 0 : meaning.sentenceVectorCount();
  }

  /** Bytes of the sentence vectors held so far (0 without a model); for measuring memory. */
  public long sentenceVectorBytes() {
    return meaning == null ? 0 : meaning.sentenceVectorBytes();
  }

  /**
   * An answer, and the {@link Answerability} inputs of its best quote when the pipeline got as far
   * as judging one (null otherwise): what {@code eval --fit-answerability} fits on.
   */
  public record Assessment(Answer answer, double[] inputs) {}

  /** Composes the answer to an already length-checked question. */
  public Answer compose(String text, List<String> notes) {
    return assess(text, notes).answer();
  }

  /** Composes the answer to an already length-checked question, with what it was judged on. */
  public Assessment assess(String text, List<String> notes) {
    Question q = parser.parse(text);
    String id = answerId(text);
    if (q.hasNoTerms()) {
      return new Assessment(abstain(id, q,
          new Refusal(TermsGate.NAME, new TermsGate().reason(q)), List.of(), notes), null);
    }
    List<org.citebot.text.Source> details = sourceQuestions.answer(q);
    if (!details.isEmpty()) {
      // The articles' own details are facts the corpus states, not a quote that may be wrong.
      return new Assessment(new Answer(id, text, true, q.type(), List.of(), List.of(), List.of(),
          notes, null, 1, details), null);
    }
    Refusal refused = gates.refuse(q);
    if (refused != null) {
      return new Assessment(abstain(id, q, refused, List.of(), notes), null);
    }
    Ranker.Ranked ranking = ranker.rank(q, facts.find(q, search.search(q)), true);
    if (ranking.meaningUnavailable()) {
      return wordsAlone().assess(text, notes);
    }
    List<Candidate> ranked = ranking.candidates();
    ExcerptBuilder.Result built = excerpts.build(q, ranked);
    Excerpt best = built.excerpts().stream().filter(Excerpt::answers).findFirst().orElse(null);
    if (best == null) {
      return new Assessment(
          abstain(id, q, blame(q, ranked, built), chooser.related(ranked), notes), null);
    }
    double[] inputs = AnswerabilityInputs.of(q, best, ranked,
        annotations.words(best.lead().sentence()));
    double confidence = answerability.confidence(inputs);
    Refusal unlikely = gates.refuse(q, confidence, best.lead().facts());
    if (unlikely != null) {
      return new Assessment(new Answer(id, q.text(), false, q.type(), List.of(), List.of(),
          chooser.related(ranked), notes, unlikely, confidence), inputs);
    }
    QuoteChooser.Chosen chosen = chooser.choose(q, built.excerpts(), ranked);
    return new Assessment(new Answer(id, text, true, q.type(), chosen.quotes(), chosen.more(),
        List.of(), notes, null, confidence), inputs);
  }

  /** Every candidate of a question, best first, with the sentence model always consulted. */
  List<Candidate> candidates(String text) {
    Question q = parser.parse(text);
    if (q.hasNoTerms()) {
      return List.of();
    }
    return ranker.rank(q, facts.find(q, search.search(q)), false).candidates();
  }

  /** Locked, since it is only asked for where the model has failed, never on the quick path. */
  private synchronized AnswerPipeline wordsAlone() {
    if (wordsAlone == null) {
      wordsAlone = new AnswerPipeline(retriever, settings.wordsAlone(), dates);
    }
    return wordsAlone;
  }

  private static Answer abstain(String id, Question q, Refusal refusal,
      List<org.citebot.text.Source> related, List<String> notes) {
    return new Answer(id, q.text(), false, q.type(), List.of(), List.of(), related, notes,
        refusal, 0);
  }

  /**
   * The refusal of the best-ranked candidate that a gate refused: a lead or answer gate that its
   * sentence fails, else the excerpt gate that refused the excerpt it led.
   */
  private Refusal blame(Question q, List<Candidate> ranked, ExcerptBuilder.Result built) {
    for (Candidate c : ranked) {
      Refusal r = c.mayLead() && c.mayAnswer() ? built.refused().get(c.sentence())
          : gates.refuse(q, c.facts());
      if (r != null) {
        return r;
      }
    }
    return new Refusal(TermsGate.NAME, "No sentence of the articles shares a word with the "
        + "question.");
  }

  private String answerId(String question) {
    String key = AnswerCache.normalise(question) + "\n" + retriever.corpus().version();
    return Hashes.sha256Prefix(key, 6);
  }

  /** The gate names, in order, for help texts and checking command-line options. */
  public static List<String> gateNames() {
    return Gates.NAMES;
  }

  /** Checks gate names given on a command line. */
  public static void checkGateNames(Set<String> names) {
    Gates.checkNames(names);
  }
}
