package org.citebot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Matching;
import org.citebot.retrieval.PassageIndex;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;

/** Speed figures for the answer path against raw Lucene search; printed, never asserted. */
public final class Bench {

  /** Questions used when no file is given: general, not tuned to any corpus. */
  static final List<String> BUILT_IN = List.of(
      "When was the checkpoint set up?", "Who is the Prime Minister of Armenia?",
      "How many people live in the region?", "What did the ministry say about the road?",
      "Where are the peacekeepers stationed?", "Why was the road blocked?",
      "What is the weather today?", "Which company was involved in mining?");

  /** The figures of one run. */
  public record Figures(String corpus, String matching, int questions, int articles,
      int sentences, long buildMillis,
      double askP50Micros, double askP99Micros, double searchP50Micros, double searchP99Micros,
      long heapMb) {

    public double ratioP50() {
      return searchP50Micros == 0 ? 0 : askP50Micros / searchP50Micros;
    }

    public String text() {
      return String.format(Locale.ROOT,
          "%s, %s matching, %d questions: %d articles, %d sentences; index built in %d ms; "
              + "heap used %d MB%n"
              + "  ask (cache off): p50 %.0f us, p99 %.0f us%n"
              + "  raw Lucene top-10 search: p50 %.0f us, p99 %.0f us%n"
              + "  ask / search at p50: %.1fx%n",
          corpus, matching, questions, articles, sentences, buildMillis, heapMb, askP50Micros, askP99Micros,
          searchP50Micros, searchP99Micros, ratioP50());
    }

    public ObjectNode json() {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("corpus", corpus);
      o.put("matching", matching);
      o.put("questions", questions);
      o.put("articles", articles);
      o.put("sentences", sentences);
      o.put("buildMillis", buildMillis);
      o.put("askP50Micros", askP50Micros);
      o.put("askP99Micros", askP99Micros);
      o.put("searchP50Micros", searchP50Micros);
      o.put("searchP99Micros", searchP99Micros);
      o.put("ratioP50", ratioP50());
      o.put("heapMb", heapMb);
      return o;
    }
  }

  private Bench() {}

  public static List<String> questions(Path file) throws IOException {
    if (file == null) {
      return BUILT_IN;
    }
    return DevEval.read(file).stream().map(DevEval.Item::question).toList();
  }

  public static Figures corpus(
      Corpus corpus, List<String> questions, int rounds, Matching matching) {
    return measure("corpus", corpus, questions, rounds, matching);
  }

  /**
   * SciFact's abstracts loaded as articles, its test claims (the first {@code maxQuestions}) as
   * questions.
   */
  public static Figures scifact(Path dir, int rounds, Matching matching, int maxQuestions)
      throws IOException {
    BeirEval.Collection c = BeirEval.read(dir);
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, String> d : c.docs().entrySet()) {
      String[] titleText = d.getValue().split("\n", 2);
      String body = titleText.length > 1 && !titleText[1].isBlank() ? titleText[1] : titleText[0];
      articles.add(TextSegmenter.article(
          new Source("scifact-" + d.getKey(), titleText[0], "SciFact", null, null, null, "en"),
          body, d.getKey()));
    }
    Corpus corpus = new Corpus(articles, new LoadReport(articles.size(), List.of(), List.of()),
        "scifact", List.of());
    List<String> claims = new ArrayList<>(c.queries().values());
    return measure("scifact", corpus, claims.subList(0, Math.min(maxQuestions, claims.size())),
        rounds, matching);
  }

  static Figures measure(
      String name, Corpus corpus, List<String> questions, int rounds, Matching matching) {
    long t0 = System.nanoTime();
    CorpusAnswerService bot = CorpusAnswerService.create(corpus, matching, 0);
    long buildMillis = (System.nanoTime() - t0) / 1_000_000;
    PassageIndex index = bot.index();
    // Warm up both paths so the JIT has compiled them (and the sentence model has embedded the
    // candidate sentences, once for the life of the index) before timing.
    for (int i = 0; i < Math.max(3, rounds / 10); i++) {
      for (String q : questions) {
        bot.ask(q);
        index.searchSentences(index.parse(q), 10);
      }
    }
    int n = rounds * questions.size();
    long[] ask = new long[n];
    long[] search = new long[n];
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (String q : questions) {
        long a = System.nanoTime();
        bot.ask(q);
        long b = System.nanoTime();
        index.searchSentences(index.parse(q), 10);
        long c = System.nanoTime();
        ask[k] = b - a;
        search[k] = c - b;
        k++;
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    return new Figures(name, bot.semantic() ? "semantic" : "lexical", questions.size(),
        corpus.articles().size(), index.sentenceCount(), buildMillis,
        percentile(ask, 50), percentile(ask, 99), percentile(search, 50), percentile(search, 99),
        heap);
  }

  static double percentile(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))] / 1000.0;
  }
}
