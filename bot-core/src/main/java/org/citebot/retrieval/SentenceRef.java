package org.citebot.retrieval;

import java.util.Arrays;
import org.citebot.corpus.Article;
import org.citebot.text.TextSpan;

/**
 * One sentence of the corpus, with its analysed terms as ids of the index's term dictionary.
 *
 * @param ord global position in the index (stable id, used to break score ties)
 * @param article its article
 * @param index its index in {@code article.sentences()}
 * @param paragraph its paragraph index
 * @param terms its distinct term ids, sorted
 */
public record SentenceRef(int ord, Article article, int index, int paragraph, int[] terms) {

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
