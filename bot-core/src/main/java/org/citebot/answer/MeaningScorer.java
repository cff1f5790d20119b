package org.citebot.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.citebot.retrieval.Retriever;
import org.citebot.retrieval.SentenceRef;
import org.citebot.semantic.SentenceEncoder;
import org.citebot.semantic.TextEmbedder;
import org.citebot.text.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closeness in meaning between a question and candidate sentences (and their paragraphs, with the
 * article's title), from a sentence-embedding model. Sentence and paragraph vectors are computed
 * once, on first use or all at once ({@link #embedAll}). Thread-safe.
 */
final class MeaningScorer {

  private static final Logger LOG = LoggerFactory.getLogger(MeaningScorer.class);

  /** A question's closeness to each sentence and to each sentence's paragraph. */
  record Closeness(Map<SentenceRef, Double> sentences, Map<Long, Double> paragraphs) {}

  private final TextEmbedder embedder;
  private final Retriever retriever;
  private final Paragraphs paragraphs;
  private final AtomicReferenceArray<float[]> sentenceVectors;
  private final Map<Long, float[]> paragraphVectors = new ConcurrentHashMap<>();
  private final AtomicBoolean failureLogged = new AtomicBoolean();

  MeaningScorer(TextEmbedder embedder, Retriever retriever, Paragraphs paragraphs) {
    this.embedder = embedder;
    this.retriever = retriever;
    this.paragraphs = paragraphs;
    this.sentenceVectors = new AtomicReferenceArray<>(retriever.sentenceCount());
  }

  /**
   * The closeness of the question to each sentence and its paragraph, or null when the model
   * cannot run (it says why once, in the log).
   */
  Closeness closeness(String question, List<SentenceRef> sentences) {
    try {
      float[] q = embedder.embed(question);
      embedSentences(sentences);
      embedParagraphs(sentences);
      Map<SentenceRef, Double> bySentence = new HashMap<>();
      Map<Long, Double> byParagraph = new HashMap<>();
      for (SentenceRef s : sentences) {
        bySentence.put(s, SentenceEncoder.similarity(q, sentenceVectors.get(s.ord())));
        byParagraph.computeIfAbsent(paragraphs.paragraphKey(s),
            k -> SentenceEncoder.similarity(q, paragraphVectors.get(k)));
      }
      return new Closeness(bySentence, byParagraph);
    } catch (RuntimeException e) {
      if (!failureLogged.getAndSet(true)) {
        LOG.warn("sentence model failed, answering by words alone: {}", e.getMessage());
      }
      return null;
    }
  }

  /**
   * Embeds every sentence and paragraph now rather than on first use, so that the first
   * questions after a (re)load are as quick as later ones.
   */
  void embedAll() {
    embedSentences(retriever.sentences());
    embedParagraphs(retriever.sentences());
  }

  /** How many sentence vectors have been computed so far; for measuring memory. */
  int sentenceVectorCount() {
    int n = 0;
    for (int i = 0; i < sentenceVectors.length(); i++) {
      n += sentenceVectors.get(i) == null ? 0 : 1;
    }
    return n;
  }

  /** Bytes of the sentence vectors computed so far, 4 a float; for measuring memory. */
  long sentenceVectorBytes() {
    long bytes = 0;
    for (int i = 0; i < sentenceVectors.length(); i++) {
      float[] v = sentenceVectors.get(i);
      bytes += v == null ? 0 : 4L * v.length;
    }
    return bytes;
  }

  private void embedSentences(List<SentenceRef> ss) {
    for (SentenceRef s : ss) {
      if (sentenceVectors.get(s.ord()) == null) {
        sentenceVectors.set(s.ord(), embedder.embed(s.text()));
      }
    }
  }

  private void embedParagraphs(List<SentenceRef> ss) {
    for (SentenceRef s : ss) {
      long k = paragraphs.paragraphKey(s);
      if (!paragraphVectors.containsKey(k)) {
        Article a = s.article();
        String text = a.source().title() + ". " + a.slice(a.paragraphs().get(s.paragraph()));
        paragraphVectors.put(k, embedder.embed(text));
      }
    }
  }
}
