package org.citebot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.citebot.retrieval.Analyzers;

/**
 * Scores BM25 retrieval on a BEIR collection ({@code corpus.jsonl}, {@code queries.jsonl},
 * {@code qrels/test.tsv}) the way trec_eval does: nDCG@10, Recall@100, Recall@1000, ties broken
 * by document id in descending order.
 */
public final class BeirEval {

  /** A retrieval configuration. */
  public record Config(String name, Analyzer analyzer, float k1, float b) {
    /** Anserini's published BM25 "flat" settings. */
    public static Config anserini() {
      return new Config("anserini", Analyzers.anserini(), 0.9f, 0.4f);
    }

    /** citebot's own analyzer with Lucene's default BM25 parameters. */
    public static Config citebot() {
      return new Config("citebot", Analyzers.index(), 1.2f, 0.75f);
    }
  }

  /** The figures for one configuration. */
  public record Result(String name, int queries, double ndcg10, double recall100,
      double recall1000, long indexMillis, long searchMillis) {
    public String text() {
      return String.format(Locale.ROOT,
          "%s: nDCG@10 %.4f  Recall@100 %.4f  Recall@1000 %.4f  (%d queries; index %d ms, "
              + "search %d ms)%n", name, ndcg10, recall100, recall1000, queries, indexMillis,
          searchMillis);
    }

    public ObjectNode json() {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("config", name);
      o.put("queries", queries);
      o.put("ndcg10", ndcg10);
      o.put("recall100", recall100);
      o.put("recall1000", recall1000);
      return o;
    }
  }

  /** A BEIR collection in memory. */
  public record Collection(Map<String, String> docs, Map<String, String> queries,
      Map<String, Map<String, Integer>> qrels) {}

  private BeirEval() {}

  public static Collection read(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> docs = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("corpus.jsonl"),
        StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          docs.put(n.get("_id").asText(), n.path("title").asText() + "\n" + n.path("text").asText());
        }
      }
    }
    Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve("qrels/test.tsv"), StandardCharsets.UTF_8);
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[0].equals("query-id")) {
        continue;
      }
      qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
    }
    Map<String, String> queries = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        String id = n.get("_id").asText();
        if (qrels.containsKey(id)) {
          queries.put(id, n.path("text").asText());
        }
      }
    }
    return new Collection(docs, queries, qrels);
  }

  public static Result run(Collection c, Config config) throws IOException {
    long t0 = System.nanoTime();
    BM25Similarity sim = new BM25Similarity(config.k1(), config.b());
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir,
          new IndexWriterConfig(config.analyzer()).setSimilarity(sim))) {
        for (Map.Entry<String, String> d : c.docs().entrySet()) {
          Document doc = new Document();
          doc.add(new StoredField("id", d.getKey()));
          doc.add(new TextField("contents", d.getValue(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      long t1 = System.nanoTime();
      double ndcg = 0, r100 = 0, r1000 = 0;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(sim);
        StoredFields stored = reader.storedFields();
        for (Map.Entry<String, String> q : c.queries().entrySet()) {
          BooleanQuery query = bagOfWords(config.analyzer(), q.getValue());
          List<Hit> hits = new ArrayList<>();
          for (ScoreDoc sd : searcher.search(query, 1000).scoreDocs) {
            hits.add(new Hit(stored.document(sd.doc).get("id"), sd.score));
          }
          // trec_eval's order: score descending, then document id descending.
          hits.sort(Comparator.comparingDouble((Hit h) -> -h.score)
              .thenComparing((Hit h) -> h.id, Comparator.reverseOrder()));
          Map<String, Integer> rel = c.qrels().get(q.getKey());
          ndcg += ndcg(hits, rel, 10);
          r100 += recall(hits, rel, 100);
          r1000 += recall(hits, rel, 1000);
        }
      }
      long t2 = System.nanoTime();
      int n = c.qrels().size();
      return new Result(config.name(), n, ndcg / n, r100 / n, r1000 / n, (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000);
    }
  }

  private record Hit(String id, float score) {}

  /** Anserini's bag of words: one SHOULD clause per distinct term, boosted by its count. */
  static BooleanQuery bagOfWords(Analyzer analyzer, String text) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String term : Analyzers.terms(analyzer, "contents", text)) {
      counts.merge(term, 1, Integer::sum);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    counts.forEach((term, n) -> b.add(
        new BoostQuery(new TermQuery(new Term("contents", term)), n), BooleanClause.Occur.SHOULD));
    return b.build();
  }

  static double ndcg(List<Hit> hits, Map<String, Integer> rel, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, hits.size()); i++) {
      int g = rel.getOrDefault(hits.get(i).id, 0);
      dcg += g / (Math.log(i + 2) / Math.log(2));
    }
    List<Integer> ideal = new ArrayList<>(rel.values());
    ideal.sort(Comparator.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / (Math.log(i + 2) / Math.log(2));
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  static double recall(List<Hit> hits, Map<String, Integer> rel, int k) {
    long relevant = rel.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    int found = 0;
    for (int i = 0; i < Math.min(k, hits.size()); i++) {
      if (rel.getOrDefault(hits.get(i).id, 0) > 0) {
        found++;
      }
    }
    return (double) found / relevant;
  }
}
