package org.citebot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
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
  private final Lucene sentenceIndex;
  private final Lucene passageIndex;
  private final Lucene paragraphIndex;
  private final List<int[]> paragraphKeys;
  private final java.util.Map<String, Integer> termIds = new java.util.HashMap<>();
  /** The dictionary's terms in String order, to find those that begin with a stem. */
  private final String[] sortedTerms;

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
    this.sentenceIndex = new Lucene(similarity, indexAnalyzer,
        sentences.stream().map(SentenceRef::text).toList());
    this.passageIndex = new Lucene(similarity, indexAnalyzer,
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
    this.paragraphIndex = new Lucene(similarity, indexAnalyzer, paragraphTexts);
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
    List<List<String>> concepts = new ArrayList<>();
    // The question's word behind each concept, as written.
    List<String> words = new ArrayList<>();
    try (TokenStream ts = queryAnalyzer.tokenStream(TEXT, question)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      ts.reset();
      int position = -1;
      int conceptPosition = -1;
      int absorbedUntil = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        String t = term.toString();
        if (position > conceptPosition && position <= absorbedUntil) {
          // A later word of a multi-word synonym ("up" in "set up" = "establish"): the phrase
          // is one concept, already counted at its first word.
          continue;
        }
        if (position == conceptPosition && !concepts.isEmpty()) {
          List<String> last = concepts.get(concepts.size() - 1);
          if (!last.contains(t)) {
            last.add(t);
          }
        } else {
          List<String> c = new ArrayList<>();
          c.add(t);
          concepts.add(c);
          words.add(question.substring(offset.startOffset(), offset.endOffset()));
          conceptPosition = position;
        }
        if (len.getPositionLength() > 1) {
          absorbedUntil = Math.max(absorbedUntil, position + len.getPositionLength() - 1);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Repeated words count once for coverage; BM25 still sees them through the query.
    List<List<String>> distinct = new ArrayList<>();
    List<String> distinctWords = new ArrayList<>();
    List<String> corrections = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int lookups = 0;
    for (int i = 0; i < concepts.size(); i++) {
      List<String> c = concepts.get(i);
      String fix = null;
      if (c.size() == 1 && lookups < MAX_CORRECTION_LOOKUPS && misspelt(c.get(0), words.get(i))) {
        lookups++;
        fix = paragraphIndex.closestTerm(c.get(0), words.get(i).length() >= TWO_EDITS_FROM ? 2 : 1);
      }
      if (fix != null) {
        corrections.add(fix);
        c = List.of(fix);
      }
      if (seen.add(String.join("|", c))) {
        distinct.add(List.copyOf(c));
        distinctWords.add(words.get(i));
      }
    }
    corrections.addAll(joinCompounds(question, distinct, distinctWords));
    Query q = new QueryBuilder(queryAnalyzer).createBooleanQuery(TEXT, question,
        BooleanClause.Occur.SHOULD);
    if (!corrections.isEmpty()) {
      BooleanQuery.Builder withCorrections = new BooleanQuery.Builder();
      withCorrections.add(q, BooleanClause.Occur.SHOULD);
      for (String fix : corrections) {
        withCorrections.add(new TermQuery(new Term(TEXT, fix)), BooleanClause.Occur.SHOULD);
      }
      q = withCorrections.build();
    }
    int[][] ids = new int[distinct.size()][];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = distinct.get(i).stream().mapToInt(this::termId).toArray();
      if (distinct.get(i).size() == 1) {
        ids[i] = withDerivedForms(distinct.get(i).get(0), ids[i]);
      }
    }
    return new ParsedQuestion(question, q, distinct, ids, distinctWords);
  }

  /**
   * Two neighbouring words of the question written as one word in the corpus ("Apple Talk" for
   * "AppleTalk", "data base" for "database"): the joined term becomes an alternative of both
   * concepts, so a sentence that has it covers both. Returns the joined terms, for the query.
   */
  private List<String> joinCompounds(
      String question, List<List<String>> concepts, List<String> words) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i + 1 < concepts.size(); i++) {
      String a = words.get(i);
      String b = words.get(i + 1);
      if (!question.contains(a + " " + b) && !question.contains(a + "-" + b)) {
        continue;
      }
      String term = analysedTerm(a + b);
      if (term != null && termId(term) >= 0 && !concepts.get(i).contains(term)) {
        concepts.set(i, withTerm(concepts.get(i), term));
        concepts.set(i + 1, withTerm(concepts.get(i + 1), term));
        joined.add(term);
      }
    }
    return joined;
  }

  private static List<String> withTerm(List<String> concept, String term) {
    List<String> out = new ArrayList<>(concept);
    out.add(term);
    return List.copyOf(out);
  }

  /** The single term the index makes of {@code word}, or null (a stop word, say). */
  private String analysedTerm(String word) {
    List<String> out = Analyzers.terms(indexAnalyzer, TEXT, word);
    return out.size() == 1 ? out.get(0) : null;
  }

  /**
   * Shortest question stem whose longer forms in the corpus count as the same concept (see
   * {@link #withDerivedForms}); a shorter one begins too many unrelated words ("art", "artery").
   */
  static final int DERIVED_FROM = 5;
  /** How many letters a derived form may add to the stem at most ("partner", "partnership"). */
  static final int DERIVED_EXTRA = 4;

  /**
   * The term ids of a concept plus those of the corpus terms that begin with its stem and are at
   * most {@link #DERIVED_EXTRA} letters longer, which the stemmer leaves apart: "Who did Emma
   * marry?" is answered by "the marriage of Emma", "Who did Internet2 partner with?" by "in
   * partnership with Qwest". They count where a sentence's share of the question is weighed and
   * are highlighted; the BM25 query keeps the question's own terms. On SQuAD this answers 7 more
   * of the 2,910 answerable questions, abstains on 4 fewer of the 3,168 unanswerable ones, and
   * lifts strict hit@1 by 0.3 points.
   */
  private int[] withDerivedForms(String stem, int[] ids) {
    if (stem.length() < DERIVED_FROM) {
      return ids;
    }
    int at = Arrays.binarySearch(sortedTerms, stem);
    int from = at >= 0 ? at + 1 : -at - 1;
    int to = from;
    while (to < sortedTerms.length && sortedTerms[to].startsWith(stem)) {
      to++;
    }
    int[] out = ids;
    for (int j = from; j < to; j++) {
      if (sortedTerms[j].length() <= stem.length() + DERIVED_EXTRA) {
        out = Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = termId(sortedTerms[j]);
      }
    }
    return out;
  }

  /** Shortest misspelt word corrected; shorter ones have too many neighbours one edit away. */
  static final int CORRECTED_FROM = 5;
  /** Shortest misspelt word that may be two edits from its correction. */
  static final int TWO_EDITS_FROM = 8;

  /**
   * How many of a question's words are looked up as misspellings at most: each lookup walks the
   * term dictionary, and a long question full of unknown names should not cost one walk a name.
   */
  static final int MAX_CORRECTION_LOOKUPS = 4;

  /**
   * Whether a question word is read as misspelt, to be replaced by the corpus's term fewest edits
   * away ("charecterized", "Maastrich"; a transposition is one edit, the first letter stays, the
   * most frequent term wins among equals): when the corpus lacks its term, it is long enough, and
   * it is not an English word the corpus lacks (a question about an usher is not about a user).
   * On SQuAD, whose questions were typed quickly, this answers 17 more of the 2,910 answerable
   * questions and abstains on 20 fewer of the 3,168 unanswerable ones; without the English words,
   * 29 more and 34 fewer.
   */
  private boolean misspelt(String term, String word) {
    return termId(term) < 0 && word.length() >= CORRECTED_FROM
        && word.chars().allMatch(Character::isLetter) && !EnglishWords.contains(word);
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

  @Override
  public void close() {
    sentenceIndex.close();
    passageIndex.close();
    paragraphIndex.close();
  }

  /** One in-memory Lucene index of texts, with a map from doc id to our ordinal. */
  private static final class Lucene implements AutoCloseable {
    private final Directory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] ordByDoc;
    private final int docCount;

    Lucene(BM25Similarity similarity, Analyzer analyzer, List<String> texts) throws IOException {
      IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setSimilarity(similarity);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        for (int i = 0; i < texts.size(); i++) {
          Document d = new Document();
          d.add(new TextField(TEXT, texts.get(i), Field.Store.NO));
          d.add(new StoredField(ORD, i));
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
        ordByDoc[doc] = stored.document(doc).getField(ORD).numericValue().intValue();
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
        Terms terms = MultiTerms.getTerms(reader, TEXT);
        if (terms == null) {
          return null;
        }
        FuzzyTermsEnum e = new FuzzyTermsEnum(terms, new Term(TEXT, term), edits, 1, true);
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

    int ordOf(int doc) {
      return ordByDoc[doc];
    }

    double idf(String term) {
      try {
        int df = reader.docFreq(new Term(TEXT, term));
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
}
