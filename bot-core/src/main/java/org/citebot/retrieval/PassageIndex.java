package org.citebot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.TextSpan;

/**
 * In-memory Lucene BM25 indexes of a corpus: one of sentences, one of passages (windows of
 * consecutive sentences within a paragraph). Immutable once built and safe to share between
 * threads. Ties in score are broken by the stable ordinal, so ranking is deterministic.
 */
public final class PassageIndex implements Retriever, AutoCloseable {

  static final String TEXT = "text";
  static final String ORD = "ord";

  /** Sentences per passage window. */
  public static final int WINDOW = 3;

  private final Corpus corpus;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final List<SentenceRef> sentences;
  private final List<Passage> passages;
  /** Ordinal of each article's first sentence, by article ordinal. */
  private final int[] sentenceStartOrds;
  private final LuceneTexts sentenceIndex;
  private final LuceneTexts passageIndex;
  private final LuceneTexts paragraphIndex;
  private final List<int[]> paragraphKeys;
  private final java.util.Map<String, Integer> termIds = new java.util.HashMap<>();
  /** The dictionary's terms in String order, to find those that begin with a stem. */
  private final String[] sortedTerms;
  private final QuestionTerms questionTerms;

  private PassageIndex(Corpus corpus, BM25Similarity similarity) throws IOException {
    this.corpus = corpus;
    this.indexAnalyzer = Analyzers.index();
    SynonymMap synonyms = Analyzers.synonyms(corpus.synonyms());
    this.queryAnalyzer = Analyzers.query(synonyms);
    List<SentenceRef> sents = new ArrayList<>();
    List<Passage> pass = new ArrayList<>();
    sentenceStartOrds = new int[corpus.articles().size()];
    int a = 0;
    for (Article article : corpus.articles()) {
      sentenceStartOrds[a++] = sents.size();
      List<TextSpan> ss = article.sentences();
      for (int i = 0; i < ss.size(); i++) {
        String text = ss.get(i).of(article.text());
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int[] sequence = termIds(text, true, starts, ends);
        int[] distinct = Arrays.stream(sequence).distinct().sorted().toArray();
        sents.add(new SentenceRef(sents.size(), article, i, article.paragraphOf(ss.get(i)),
            distinct, sequence, starts.stream().mapToInt(Integer::intValue).toArray(),
            ends.stream().mapToInt(Integer::intValue).toArray()));
      }
      // Windows of up to WINDOW sentences, stride 1, never crossing a paragraph.
      int i = 0;
      while (i < ss.size()) {
        int para = article.paragraphOf(ss.get(i));
        int j = i;
        while (j < ss.size() && article.paragraphOf(ss.get(j)) == para) {
          j++;
        }
        int n = j - i;
        if (n <= WINDOW) {
          pass.add(new Passage(pass.size(), article, para, i, n));
        } else {
          for (int k = i; k + WINDOW <= j; k++) {
            pass.add(new Passage(pass.size(), article, para, k, WINDOW));
          }
        }
        i = j;
      }
    }
    this.sentences = List.copyOf(sents);
    this.passages = List.copyOf(pass);
    this.sentenceIndex = new LuceneTexts(similarity, indexAnalyzer,
        sentences.stream().map(SentenceRef::text).toList());
    this.passageIndex = new LuceneTexts(similarity, indexAnalyzer,
        passages.stream().map(Passage::text).toList());
    // Whole paragraphs, each with its article's title: the topic a paragraph is about often
    // appears only in the title or a neighbouring sentence.
    List<String> paragraphTexts = new ArrayList<>();
    List<int[]> keys = new ArrayList<>();
    for (int ai = 0; ai < corpus.articles().size(); ai++) {
      Article article = corpus.articles().get(ai);
      for (int p = 0; p < article.paragraphs().size(); p++) {
        paragraphTexts.add(article.source().title() + "\n" + article.paragraphs().get(p).of(article.text()));
        keys.add(new int[] {ai, p});
      }
    }
    this.paragraphKeys = List.copyOf(keys);
    this.paragraphIndex = new LuceneTexts(similarity, indexAnalyzer, paragraphTexts);
    this.paragraphTerms = new int[corpus.articles().size()][][];
    for (int ai = 0; ai < corpus.articles().size(); ai++) {
      Article article = corpus.articles().get(ai);
      int[] titleTerms = termIds(article.source().title(), true);
      paragraphTerms[ai] = new int[article.paragraphs().size()][];
      for (int p = 0; p < article.paragraphs().size(); p++) {
        java.util.stream.IntStream.Builder b = java.util.stream.IntStream.builder();
        for (int t : titleTerms) {
          b.add(t);
        }
        paragraphTerms[ai][p] = b.build().toArray();
      }
      for (int si = 0; si < article.sentences().size(); si++) {
        SentenceRef ref = sentence(ai, si);
        if (ref.paragraph() >= 0) {
          int[] cur = paragraphTerms[ai][ref.paragraph()];
          int[] merged = java.util.Arrays.copyOf(cur, cur.length + ref.terms().length);
          System.arraycopy(ref.terms(), 0, merged, cur.length, ref.terms().length);
          paragraphTerms[ai][ref.paragraph()] = merged;
        }
      }
      for (int p = 0; p < paragraphTerms[ai].length; p++) {
        paragraphTerms[ai][p] = Arrays.stream(paragraphTerms[ai][p]).distinct().sorted().toArray();
      }
    }
    this.sortedTerms = termIds.keySet().toArray(String[]::new);
    Arrays.sort(sortedTerms);
    this.questionTerms = new QuestionTerms(queryAnalyzer, indexAnalyzer, this::termId,
        sortedTerms, paragraphIndex::closestTerm);
  }

  private final int[][][] paragraphTerms;

  /** Distinct term ids of a paragraph and its article's title, sorted. */
  @Override
  public int[] paragraphTerms(int articleOrdinal, int paragraph) {
    return paragraph < 0 ? new int[0] : paragraphTerms[articleOrdinal][paragraph];
  }

  /**
   * Top paragraphs for a query, as {article ordinal, paragraph index} keys with scores, best
   * first.
   */
  @Override
  public List<Scored<ParagraphRef>> searchParagraphs(ParsedQuestion q, int k) {
    List<Scored<ParagraphRef>> out = new ArrayList<>();
    for (ScoreDoc sd : paragraphIndex.search((Query) q.query(), k)) {
      int[] key = paragraphKeys.get(paragraphIndex.ordOf(sd.doc));
      out.add(new Scored<>(new ParagraphRef(key[0], key[1]), sd.score));
    }
    return out;
  }

  /** The id of an analysed term in this index's dictionary, or -1 if no sentence has it. */
  public int termId(String term) {
    Integer id = termIds.get(term);
    return id == null ? -1 : id;
  }

  private int[] termIds(String text, boolean add) {
    return termIds(text, add, null, null);
  }

  /**
   * The analysed terms of {@code text} as ids, in order; with {@code starts} and {@code ends},
   * also where each term's word starts and ends in the text.
   */
  private int[] termIds(String text, boolean add, List<Integer> starts, List<Integer> ends) {
    List<Integer> ids = new ArrayList<>();
    try (TokenStream ts = indexAnalyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        Integer id = termIds.get(t);
        if (id == null && add) {
          id = termIds.size();
          termIds.put(t, id);
        }
        ids.add(id == null ? -1 : id);
        if (starts != null) {
          starts.add(offset.startOffset());
          ends.add(offset.endOffset());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Builds the indexes with Lucene's default BM25 parameters. */
  public static PassageIndex build(Corpus corpus) {
    return build(corpus, new BM25Similarity());
  }

  public static PassageIndex build(Corpus corpus, BM25Similarity similarity) {
    try {
      return new PassageIndex(corpus, similarity);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory index", e);
    }
  }

  @Override
  public Corpus corpus() {
    return corpus;
  }

  @Override
  public List<SentenceRef> sentences() {
    return sentences;
  }

  public List<Passage> passages() {
    return passages;
  }

  /** The sentence at a position of an article, by article ordinal in the corpus. */
  @Override
  public SentenceRef sentence(int articleOrdinal, int sentenceIndex) {
    return sentences.get(sentenceStartOrds[articleOrdinal] + sentenceIndex);
  }

  /** A question parsed into a Lucene query (never query syntax) and its concepts. */
  @Override
  public ParsedQuestion parse(String question) {
    return questionTerms.parse(question);
  }

  /** Top sentences for a query, best first, ties by ordinal. */
  @Override
  public List<Scored<SentenceRef>> searchSentences(ParsedQuestion q, int k) {
    List<Scored<SentenceRef>> out = new ArrayList<>();
    for (ScoreDoc sd : sentenceIndex.search((Query) q.query(), k)) {
      out.add(new Scored<>(sentences.get(sentenceIndex.ordOf(sd.doc)), sd.score));
    }
    out.sort(Scored.order(s -> s.ord()));
    return out;
  }

  /** Top passages for a query, best first, ties by ordinal. */
  public List<Scored<Passage>> searchPassages(ParsedQuestion q, int k) {
    List<Scored<Passage>> out = new ArrayList<>();
    for (ScoreDoc sd : passageIndex.search((Query) q.query(), k)) {
      out.add(new Scored<>(passages.get(passageIndex.ordOf(sd.doc)), sd.score));
    }
    out.sort(Scored.order(p -> p.ord()));
    return out;
  }

  /** Inverse document frequency of an analysed term among sentences (BM25's formula). */
  @Override
  public double idf(String term) {
    return sentenceIndex.idf(term);
  }

  /** Number of indexed sentences. */
  @Override
  public int sentenceCount() {
    return sentences.size();
  }

  /**
   * Bytes of the Lucene indexes (sentences, passages, paragraphs): the sum of their files'
   * lengths in the in-memory directories that hold them.
   */
  public long indexBytes() {
    return sentenceIndex.bytes() + passageIndex.bytes() + paragraphIndex.bytes();
  }

  @Override
  public void close() {
    sentenceIndex.close();
    passageIndex.close();
    paragraphIndex.close();
  }
}
