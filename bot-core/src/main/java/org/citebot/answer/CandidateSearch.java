package org.citebot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citebot.retrieval.ParagraphRef;
import org.citebot.retrieval.Retriever;
import org.citebot.retrieval.Scored;
import org.citebot.retrieval.SentenceRef;

/**
 * The first stage: candidate sentences for a question, from BM25 over sentences and over
 * paragraphs (with their titles), each with its scores relative to the best hit.
 */
final class CandidateSearch {

  static final int SENTENCE_HITS = 30;
  static final int PARAGRAPH_HITS = 20;
  /**
   * How many more hits a question that names an outlet searches: the outlet's sentences must be
   * among the candidates even when other outlets say more on the subject.
   */
  static final int OUTLET_FACTOR = 4;
  /**
   * How many of the best paragraphs give all their sentences as candidates. On SQuAD, 2 rather
   * than 4 abstains on 18 more of the 3,168 unanswerable questions for 3 more of the 2,910
   * answerable ones, with the same hit rates: a weaker paragraph's other sentences seldom hold an
   * answer, but often something that passes for one. (0: hit@3 1.4 points lower; 1: 0.2.)
   */
  static final int PARAGRAPHS_EXPANDED = 2;

  /**
   * A candidate sentence.
   *
   * @param sentenceBm25 its BM25 score relative to the best sentence's (0 when it came in with
   *     its paragraph only)
   * @param paragraphBm25 its paragraph's BM25 score relative to the best paragraph's
   */
  record Hit(SentenceRef sentence, double sentenceBm25, double paragraphBm25) {}

  private final Retriever retriever;
  private final Paragraphs paragraphs;

  CandidateSearch(Retriever retriever, Paragraphs paragraphs) {
    this.retriever = retriever;
    this.paragraphs = paragraphs;
  }

  /** The candidates, sentence hits first in score order, then the best paragraphs' others. */
  List<Hit> search(Question question) {
    int factor = question.outlet() == null ? 1 : OUTLET_FACTOR;
    List<Scored<SentenceRef>> sentenceHits =
        retriever.searchSentences(question.terms(), SENTENCE_HITS * factor);
    List<Scored<ParagraphRef>> paragraphHits =
        retriever.searchParagraphs(question.terms(), PARAGRAPH_HITS * factor);
    if (sentenceHits.isEmpty() && paragraphHits.isEmpty()) {
      return List.of();
    }
    Map<SentenceRef, Double> sentenceScore = new LinkedHashMap<>();
    for (Scored<SentenceRef> s : sentenceHits) {
      sentenceScore.put(s.item(), s.score());
    }
    // The best paragraphs' other sentences join the candidates: an answer often shares few
    // words with the question while its neighbours share many.
    Map<Long, Double> paragraphScore = new HashMap<>();
    int expanded = 0;
    for (Scored<ParagraphRef> p : paragraphHits) {
      ParagraphRef ref = p.item();
      paragraphScore.put(Paragraphs.key(ref.article(), ref.paragraph()), p.score());
      if (expanded++ < PARAGRAPHS_EXPANDED) {
        for (SentenceRef s : paragraphs.sentences(ref.article(), ref.paragraph())) {
          sentenceScore.putIfAbsent(s, 0.0);
        }
      }
    }
    double maxSentence = sentenceHits.isEmpty() ? 1 : sentenceHits.get(0).score();
    double maxParagraph = paragraphHits.isEmpty() ? 1 : paragraphHits.get(0).score();
    List<Hit> out = new ArrayList<>(sentenceScore.size());
    for (Map.Entry<SentenceRef, Double> e : sentenceScore.entrySet()) {
      SentenceRef s = e.getKey();
      out.add(new Hit(s, e.getValue() / maxSentence,
          paragraphScore.getOrDefault(paragraphs.paragraphKey(s), 0.0) / maxParagraph));
    }
    return out;
  }
}
