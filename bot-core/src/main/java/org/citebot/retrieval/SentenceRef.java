package org.citebot.retrieval;

import org.citebot.corpus.Article;
import org.citebot.text.TextSpan;

/**
 * One sentence of the corpus, with its analysed terms for coverage checks.
 *
 * @param ord global position in the index (stable id, used to break score ties)
 * @param article its article
 * @param index its index in {@code article.sentences()}
 * @param paragraph its paragraph index
 * @param terms its distinct analysed terms, sorted
 */
public record SentenceRef(int ord, Article article, int index, int paragraph, String[] terms) {

  public TextSpan span() {
    return article.sentences().get(index);
  }

  public String text() {
    return span().of(article.text());
  }

  public boolean hasTerm(String term) {
    return java.util.Arrays.binarySearch(terms, term) >= 0;
  }
}
