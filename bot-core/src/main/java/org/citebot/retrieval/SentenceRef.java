package org.citebot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.citebot.text.Article;
import org.citebot.text.TextSpan;

/**
 * One sentence of the corpus, with its analysed terms as ids of the index's term dictionary.
 *
 * @param ord global position in the index (stable id, used to break score ties)
 * @param article its article
 * @param index its index in {@code article.sentences()}
 * @param paragraph its paragraph index
 * @param terms its distinct term ids, sorted
 * @param sequence its term ids in text order, stop words left out
 * @param starts where each term of {@code sequence} starts, in the sentence's text
 * @param ends where each term of {@code sequence} ends, in the sentence's text
 */
public record SentenceRef(int ord, Article article, int index, int paragraph, int[] terms,
    int[] sequence, int[] starts, int[] ends) {

  public TextSpan span() {
    return article.sentences().get(index);
  }

  public String text() {
    return span().of(article.text());
  }

  /** Whether the sentence contains the term with this id. */
  public boolean hasTerm(int termId) {
    return termId >= 0 && Arrays.binarySearch(terms, termId) >= 0;
  }

  /** Whether the sentence contains one of the terms (a concept's alternatives). */
  public boolean hasAny(int[] termIds) {
    for (int t : termIds) {
      if (hasTerm(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a term of {@code first} is directly followed by one of {@code second} (stop words
   * aside): "armed seal" in a sentence about "the oldest armed seal of Warsaw".
   */
  public boolean hasPair(int[] first, int[] second) {
    for (int k = 0; k + 1 < sequence.length; k++) {
      if (has(first, sequence[k]) && has(second, sequence[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the words whose terms are among {@code termIds} stand, in order, as offsets from
   * {@code from} in the article's text (where a quote that holds the sentence starts).
   */
  public List<TextSpan> wordsOf(Set<Integer> termIds, int from) {
    List<TextSpan> out = new ArrayList<>();
    int base = span().start() - from;
    for (int k = 0; k < sequence.length; k++) {
      if (termIds.contains(sequence[k])) {
        out.add(new TextSpan(base + starts[k], base + ends[k]));
      }
    }
    return out;
  }

  /**
   * The fewest terms (stop words aside) between one of the spans (offsets in the sentence's text)
   * and a term of one of the concepts; {@link Integer#MAX_VALUE} when the sentence has none of
   * them outside the spans.
   */
  public int termsApart(List<TextSpan> spans, int[][] concepts) {
    int best = Integer.MAX_VALUE;
    for (TextSpan span : spans) {
      int first = -1;
      int last = -1;
      for (int k = 0; k < starts.length; k++) {
        if (starts[k] >= span.start() && starts[k] < span.end()) {
          first = first < 0 ? k : first;
          last = k;
        }
      }
      if (first < 0) {
        continue;
      }
      for (int k = 0; k < sequence.length; k++) {
        if ((k < first || k > last) && inAny(concepts, sequence[k])) {
          best = Math.min(best, k < first ? first - k : k - last);
        }
      }
    }
    return best;
  }

  private static boolean inAny(int[][] concepts, int t) {
    for (int[] c : concepts) {
      if (has(c, t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(int[] ids, int t) {
    for (int id : ids) {
      if (id == t && id >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Identity is the ordinal, unique within one index; hashing the whole article is costly. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceRef other && other.ord() == ord && other.article() == article();
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(ord);
  }
}
