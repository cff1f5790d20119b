package org.citebot.retrieval;

import java.util.List;
import org.citebot.text.Corpus;

/**
 * The port the answer pipeline searches through: sentence and paragraph hits with scores, term
 * statistics, and the corpus's sentences by position. {@link PassageIndex} (in-heap Lucene) is
 * one implementation; an on-disk or distributed engine is another behind the same methods.
 * Implementations are immutable once built and thread-safe.
 */
public interface Retriever {

  /** The corpus this retriever searches. */
  Corpus corpus();

  /** The question as search terms; never query syntax, so any user text is safe. */
  ParsedQuestion parse(String question);

  /** Top sentences, best first, ties by sentence ordinal. */
  List<Scored<SentenceRef>> searchSentences(ParsedQuestion question, int k);

  /** Top paragraphs (scored with their article's title), best first. */
  List<Scored<ParagraphRef>> searchParagraphs(ParsedQuestion question, int k);

  /** Inverse document frequency of an analysed term among sentences (BM25's formula). */
  double idf(String term);

  /** Distinct term ids of a paragraph and its article's title, sorted. */
  int[] paragraphTerms(int articleOrdinal, int paragraph);

  /** The sentence at a position of an article, by the article's ordinal in the corpus. */
  SentenceRef sentence(int articleOrdinal, int sentenceIndex);

  /** Every sentence of the corpus, by ordinal. */
  List<SentenceRef> sentences();

  /** Number of sentences. */
  int sentenceCount();
}
