package org.citebot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.AnswerSettings;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Matching;
import org.citebot.answer.Quote;
import org.citebot.answer.Ranking;
import org.citebot.answer.RankingFit;
import org.citebot.retrieval.PassageIndex;
import org.citebot.semantic.TextEmbedder;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;

/**
 * Asks every question of a SQuAD 2.0 file over all of its paragraphs as one corpus, and measures
 * quote hits (lenient and strict), abstention on unanswerable questions and false abstentions.
 */
public final class SquadEval {

  /** One question with its paragraph's article id and gold answers (empty when impossible). */
  public record Question(String question, String articleId, List<String> answers,
      List<Integer> starts) {
    boolean answerable() {
      return !answers.isEmpty();
    }
  }

  /** A SQuAD file as a corpus plus its questions. */
  public record Dataset(Corpus corpus, List<Question> questions) {}

  /**
   * The figures. {@code firstQuoteChars} sums the lengths of the first quotes of all answered
   * questions: longer quotes contain answers more often, so hit rates are read with it.
   */
  public record Result(int answerable, int unanswerable, int hit1, int hit3, int strictHit1,
      int strictHit3, int abstained, int falseAbstentions, int answered, long firstQuoteChars,
      int repeating, Calibration calibration) {

    /** Mean length in characters of an answer's first quote. */
    public double meanFirstQuote() {
      return answered == 0 ? 0 : (double) firstQuoteChars / answered;
    }


    public double hit1Rate() {
      return EvalText.rate(hit1, answerable);
    }

    public double hit3Rate() {
      return EvalText.rate(hit3, answerable);
    }

    public double strictHit1Rate() {
      return EvalText.rate(strictHit1, answerable);
    }

    public double abstentionRate() {
      return EvalText.rate(abstained, unanswerable);
    }

    public double falseAbstentionRate() {
      return EvalText.rate(falseAbstentions, answerable);
    }

    public double combined() {
      return EvalText.rate(hit1 + abstained, answerable + unanswerable);
    }

    /** Strict hits plus right abstentions, over all questions. */
    public double strictCombined() {
      return EvalText.rate(strictHit1 + abstained, answerable + unanswerable);
    }

    public String text() {
      return String.format(Locale.ROOT,
          "questions: %d answerable, %d unanswerable%n"
              + "hit@1: %.3f  hit@3: %.3f%n"
              + "strict hit@1: %.3f  strict hit@3: %.3f%n"
              + "abstained on unanswerable: %.3f (%d/%d)%n"
              + "false abstentions: %.3f (%d/%d)%n"
              + "combined (hit@1 + abstained) / all: %.3f%n"
              + "combined accuracy (strict hit@1 + abstained) / all: %.3f%n"
              + "first quote: %.0f characters on average%n"
              + "answers that show a sentence twice: %d%n%s",
          answerable, unanswerable, hit1Rate(), hit3Rate(), strictHit1Rate(),
          EvalText.rate(strictHit3, answerable), abstentionRate(), abstained, unanswerable,
          falseAbstentionRate(), falseAbstentions, answerable, combined(), strictCombined(),
          meanFirstQuote(), repeating, calibration.text());
    }

    public ObjectNode json() {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("answerable", answerable);
      o.put("unanswerable", unanswerable);
      o.put("hit1", hit1Rate());
      o.put("hit3", hit3Rate());
      o.put("strictHit1", strictHit1Rate());
      o.put("strictHit3", EvalText.rate(strictHit3, answerable));
      o.put("abstained", abstentionRate());
      o.put("falseAbstentions", falseAbstentionRate());
      o.put("combined", combined());
      o.put("strictCombined", strictCombined());
      o.set("calibration", calibration.json());
      o.put("meanFirstQuoteChars", meanFirstQuote());
      o.put("repeatingAnswers", repeating);
      return o;
    }
  }

  private SquadEval() {}

  public static Dataset read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Article> articles = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    for (JsonNode doc : root.path("data")) {
      String title = doc.path("title").asText();
      int p = 0;
      for (JsonNode para : doc.path("paragraphs")) {
        String id = title + "_" + p++;
        String context = para.path("context").asText();
        articles.add(TextSegmenter.article(
            new Source(id, title.replace('_', ' '), "Wikipedia", null, null, null, "en"),
            context, id));
        for (JsonNode qa : para.path("qas")) {
          List<String> answers = new ArrayList<>();
          List<Integer> starts = new ArrayList<>();
          if (!qa.path("is_impossible").asBoolean(false)) {
            for (JsonNode a : qa.path("answers")) {
              answers.add(a.path("text").asText());
              starts.add(a.path("answer_start").asInt());
            }
          }
          questions.add(new Question(qa.path("question").asText(), id, answers, starts));
        }
      }
    }
    Corpus corpus = new Corpus(articles,
        new LoadReport(articles.size(), List.of(), List.of()), "squad", List.of());
    return new Dataset(corpus, questions);
  }

  public static Result run(Dataset data, Ranking ranking, int limit) {
    return run(data, AnswerSettings.of(ranking, null), limit);
  }

  public static Result run(Dataset data, Matching matching, int limit) {
    return run(data, AnswerSettings.of(matching), limit);
  }

  /** Every question (or the first {@code limit}) asked of a pipeline with these settings. */
  public static Result run(Dataset data, AnswerSettings settings, int limit) {
    return run(CorpusAnswerService.create(data.corpus(), settings, 0), data.questions(), limit);
  }

  public static Result run(AnswerService bot, List<Question> questions, int limit) {
    int answerable = 0, unanswerable = 0, hit1 = 0, hit3 = 0, strict1 = 0, strict3 = 0;
    int abstained = 0, falseAbst = 0, answered = 0, repeating = 0;
    long firstQuoteChars = 0;
    Calibration calibration = new Calibration();
    int n = limit > 0 ? Math.min(limit, questions.size()) : questions.size();
    for (int i = 0; i < n; i++) {
      Question q = questions.get(i);
      Answer a = bot.ask(q.question());
      if (a.answered()) {
        answered++;
        firstQuoteChars += a.quotes().isEmpty() ? 0 : a.quotes().get(0).text().length();
        if (showsASentenceTwice(a)) {
          repeating++;
        }
      }
      if (a.answered()) {
        calibration.add(a.confidence(), q.answerable() && !a.quotes().isEmpty()
            && strictHit(a.quotes().get(0), q));
      }
      if (!q.answerable()) {
        unanswerable++;
        if (!a.answered()) {
          abstained++;
        }
        continue;
      }
      answerable++;
      if (!a.answered()) {
        falseAbst++;
        continue;
      }
      List<Quote> quotes = a.quotes();
      for (int r = 0; r < Math.min(3, quotes.size()); r++) {
        boolean hit = DevEval.containsAnswer(quotes.get(r).text(), q.answers());
        if (hit) {
          if (r == 0) {
            hit1++;
          }
          hit3++;
          break;
        }
      }
      for (int r = 0; r < Math.min(3, quotes.size()); r++) {
        if (strictHit(quotes.get(r), q)) {
          if (r == 0) {
            strict1++;
          }
          strict3++;
          break;
        }
      }
    }
    return new Result(answerable, unanswerable, hit1, hit3, strict1, strict3, abstained, falseAbst,
        answered, firstQuoteChars, repeating, calibration);
  }

  /**
   * Whether two of the answer's quotes overlap in their article: each would then count towards
   * hit@3 with the same words, and a reader would read them twice.
   */
  static boolean showsASentenceTwice(Answer a) {
    List<Quote> q = a.quotes();
    for (int i = 0; i < q.size(); i++) {
      for (int j = i + 1; j < q.size(); j++) {
        if (q.get(i).article() == q.get(j).article() && q.get(i).start() < q.get(j).end()
            && q.get(j).start() < q.get(i).end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Fits the ranking weights on the answerable questions of every other article (in file order)
   * and reports them on the rest; see {@link RankingFit}.
   */
  public static RankingFit.Result fit(Dataset data, Matching matching) {
    return fit(data, matching.ranking(), matching.embedder());
  }

  public static RankingFit.Result fit(Dataset data, Ranking start, TextEmbedder model) {
    List<String> titles = new ArrayList<>();
    for (Article a : data.corpus().articles()) {
      if (!titles.contains(a.source().title())) {
        titles.add(a.source().title());
      }
    }
    List<RankingFit.Example> examples = new ArrayList<>();
    for (Question q : data.questions()) {
      if (q.answerable()) {
        String title = data.corpus().article(q.articleId()).orElseThrow().source().title();
        examples.add(new RankingFit.Example(q.question(), titles.indexOf(title) % 2 == 0,
            (sentence, quote) -> strictHit(quote, q)));
      }
    }
    return RankingFit.fit(PassageIndex.build(data.corpus()), examples, start, model);
  }

  /**
   * The questions of every other article, in sorted title order: the even ones (0, 2, ...) or
   * the odd ones, over the same corpus. One half fits, the other checks.
   */
  public static Dataset half(Dataset data, boolean even) {
    List<String> titles = sortedTitles(data);
    List<Question> kept = new ArrayList<>();
    for (Question q : data.questions()) {
      if ((titles.indexOf(titleOf(data, q)) % 2 == 0) == even) {
        kept.add(q);
      }
    }
    return new Dataset(data.corpus(), kept);
  }

  /**
   * Questions about topics the corpus never mentions: the corpus is the even articles (sorted
   * title order), the questions the answerable ones of the odd articles. Every one should be
   * abstained on.
   */
  public static Dataset foreign(Dataset data) {
    return foreign(data, true);
  }

  /**
   * Off-topic questions either way round: with {@code corpusEven}, the even articles as the
   * corpus and the odd articles' answerable questions asked of it; otherwise the mirror.
   */
  public static Dataset foreign(Dataset data, boolean corpusEven) {
    int corpusParity = corpusEven ? 0 : 1;
    List<String> titles = sortedTitles(data);
    List<Article> kept = new ArrayList<>();
    for (Article a : data.corpus().articles()) {
      if (titles.indexOf(a.source().title()) % 2 == corpusParity) {
        kept.add(a);
      }
    }
    List<Question> asked = new ArrayList<>();
    for (Question q : data.questions()) {
      if (q.answerable() && titles.indexOf(titleOf(data, q)) % 2 != corpusParity) {
        asked.add(new Question(q.question(), q.articleId(), List.of(), List.of()));
      }
    }
    Corpus corpus = new Corpus(kept, new LoadReport(kept.size(), List.of(), List.of()),
        corpusEven ? "squad-even" : "squad-odd", List.of());
    return new Dataset(corpus, asked);
  }

  private static List<String> sortedTitles(Dataset data) {
    return data.corpus().articles().stream().map(a -> a.source().title()).distinct().sorted()
        .toList();
  }

  private static String titleOf(Dataset data, Question q) {
    return data.corpus().article(q.articleId()).orElseThrow().source().title();
  }

  /** The quote comes from the question's own paragraph and holds a gold span where it stands. */
  public static boolean strictHit(Quote quote, Question q) {
    if (!quote.article().id().equals(q.articleId())) {
      return false;
    }
    for (int i = 0; i < q.answers().size(); i++) {
      int s = q.starts().get(i);
      int e = s + q.answers().get(i).length();
      if (quote.start() <= s && e <= quote.end()) {
        return true;
      }
    }
    return false;
  }
}
