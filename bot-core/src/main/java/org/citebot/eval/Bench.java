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
import org.citebot.answer.AnswerSettings;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.answer.Matching;
import org.citebot.retrieval.PassageIndex;
import org.citebot.semantic.StaticVectors;
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

  /**
   * The figures of one run. {@code indexBytes} is the size of the Lucene indexes' files (in
   * memory); {@code sentenceVectors} and {@code sentenceVectorBytes} are the sentence vectors the
   * answer path holds after the run (4 bytes a float; 0 with lexical matching, and only the
   * sentences the questions reached with semantic matching, which embeds on first use);
   * {@code staticVectorBytes} are the word-piece vectors every answer's confidence reads, held
   * once per process whatever the corpus.
   */
  public record Figures(String corpus, String matching, int questions, int articles,
      int sentences, long buildMillis,
      double askP50Micros, double askP99Micros, double searchP50Micros, double searchP99Micros,
      long heapMb, long indexBytes, int sentenceVectors, long sentenceVectorBytes,
      long staticVectorBytes) {

    /** Bytes the vectors of every sentence would take, at the held vectors' size; 0 if none. */
    public long allSentenceVectorBytes() {
      return sentenceVectors == 0 ? 0 : sentenceVectorBytes / sentenceVectors * sentences;
    }

    private String memoryText() {
      String vectors = sentenceVectors == 0
          ? String.format(Locale.ROOT, "sentence vectors %d bytes", sentenceVectorBytes)
          : String.format(Locale.ROOT,
              "sentence vectors %d bytes (%s; %d of %d sentences, %d floats each; all would "
                  + "take %s)",
              sentenceVectorBytes, mb(sentenceVectorBytes), sentenceVectors, sentences,
              sentenceVectorBytes / sentenceVectors / 4, mb(allSentenceVectorBytes()));
      return String.format(Locale.ROOT, "  memory: Lucene index %d bytes (%s), %d sentences, %s; "
              + "static word-piece vectors %d bytes (%s, one copy for all corpora)%n",
          indexBytes, mb(indexBytes), sentences, vectors, staticVectorBytes,
          mb(staticVectorBytes));
    }

    /** Bytes in MB, or in KB below one MB. */
    private static String mb(long bytes) {
      return bytes < 1024 * 1024
          ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
          : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public double ratioP50() {
      return searchP50Micros == 0 ? 0 : askP50Micros / searchP50Micros;
    }

    public String text() {
      return String.format(Locale.ROOT,
          "%s, %s matching, %d questions: %d articles, %d sentences; index built in %d ms; "
              + "heap used %d MB%n"
              + "  ask (cache off): p50 %.0f us, p99 %.0f us%n"
              + "  raw Lucene top-10 search: p50 %.0f us, p99 %.0f us%n"
              + "  ask / search at p50: %.1fx%n%s",
          corpus, matching, questions, articles, sentences, buildMillis, heapMb, askP50Micros, askP99Micros,
          searchP50Micros, searchP99Micros, ratioP50(), memoryText());
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
      o.put("indexBytes", indexBytes);
      o.put("sentenceVectors", sentenceVectors);
      o.put("sentenceVectorBytes", sentenceVectorBytes);
      o.put("staticVectorBytes", staticVectorBytes);
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

  /**
   * A SQuAD 2.0 file's paragraphs loaded as articles (as {@code eval --squad} loads them), with
   * {@code maxQuestions} of its questions, spread evenly over the file, as questions.
   */
  public static Figures squad(Path file, int rounds, Matching matching, int maxQuestions)
      throws IOException {
    SquadEval.Dataset data = SquadEval.read(file);
    List<String> all = data.questions().stream().map(SquadEval.Question::question).toList();
    return measure("squad", data.corpus(), spread(all, maxQuestions), rounds, matching);
  }

  /** At most {@code n} of the items, evenly spaced from the first, in order. */
  static <T> List<T> spread(List<T> items, int n) {
    if (n >= items.size()) {
      return items;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(items.get((int) ((long) i * items.size() / n)));
    }
    return out;
  }

  static Figures measure(
      String name, Corpus corpus, List<String> questions, int rounds, Matching matching) {
    return measure(name, corpus, questions, rounds, AnswerSettings.of(matching));
  }

  static Figures measure(
      String name, Corpus corpus, List<String> questions, int rounds, AnswerSettings settings) {
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("no questions to bench " + name + " with");
    }
    long t0 = System.nanoTime();
    CorpusAnswerService bot = CorpusAnswerService.create(corpus, settings, 0);
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
        heap, index.indexBytes(), bot.pipeline().sentenceVectorCount(),
        bot.pipeline().sentenceVectorBytes(),
        StaticVectors.shipped() == null ? 0 : StaticVectors.shipped().bytes());
  }

  static double percentile(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))] / 1000.0;
  }
}
