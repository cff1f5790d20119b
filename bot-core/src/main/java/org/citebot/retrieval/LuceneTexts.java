package org.citebot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/** One in-memory Lucene index of texts, with a map from doc id to our ordinal. */
final class LuceneTexts implements AutoCloseable {
  private final Directory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int[] ordByDoc;
  private final int docCount;

  LuceneTexts(BM25Similarity similarity, Analyzer analyzer, List<String> texts) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setSimilarity(similarity);
    try (IndexWriter w = new IndexWriter(dir, cfg)) {
      for (int i = 0; i < texts.size(); i++) {
        Document d = new Document();
        d.add(new TextField(PassageIndex.TEXT, texts.get(i), Field.Store.NO));
        d.add(new StoredField(PassageIndex.ORD, i));
        w.addDocument(d);
      }
      w.forceMerge(1);
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(similarity);
    ordByDoc = new int[reader.maxDoc()];
    var stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      ordByDoc[doc] = stored.document(doc).getField(PassageIndex.ORD).numericValue().intValue();
    }
    docCount = texts.size();
  }

  ScoreDoc[] search(Query q, int k) {
    if (q == null || k <= 0) {
      return new ScoreDoc[0];
    }
    try {
      TopDocs td = searcher.search(q, k);
      return td.scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The indexed term at most {@code edits} from {@code term} with the same first letter, fewest
   * edits first, then the most frequent; null when there is none. See {@link #misspelt}.
   */
  String closestTerm(String term, int edits) {
    try {
      Terms terms = MultiTerms.getTerms(reader, PassageIndex.TEXT);
      if (terms == null) {
        return null;
      }
      FuzzyTermsEnum e = new FuzzyTermsEnum(terms, new Term(PassageIndex.TEXT, term), edits, 1, true);
      String best = null;
      float bestBoost = -1;
      int bestDf = -1;
      BytesRef t;
      while ((t = e.next()) != null) {
        // Fewer edits give a higher boost.
        float boost = e.getBoost();
        int df = e.docFreq();
        if (boost > bestBoost || (boost == bestBoost && df > bestDf)) {
          best = t.utf8ToString();
          bestBoost = boost;
          bestDf = df;
        }
      }
      return best;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Bytes of the index's files in its (in-memory) directory. */
  long bytes() {
    try {
      long sum = 0;
      for (String file : dir.listAll()) {
        sum += dir.fileLength(file);
      }
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int ordOf(int doc) {
    return ordByDoc[doc];
  }

  double idf(String term) {
    try {
      int df = reader.docFreq(new Term(PassageIndex.TEXT, term));
      return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
