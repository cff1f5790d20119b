package org.citebot.retrieval;

import java.util.List;
import org.citebot.text.Article;
import org.citebot.text.TextSpan;

/**
 * A retrieval unit: a window of consecutive sentences within one paragraph.
 *
 * @param ord position of this passage in the index, a stable id for tie-breaking
 * @param article the article it belongs to
 * @param paragraph index of its paragraph in the article
 * @param firstSentence index (into {@code article.sentences()}) of its first sentence
 * @param sentenceCount how many sentences it spans, at least 1
 */
public record Passage(int ord, Article article, int paragraph, int firstSentence, int sentenceCount) {

  public Passage {
    if (sentenceCount < 1) {
      throw new IllegalArgumentException("sentenceCount must be >= 1, was " + sentenceCount);
    }
    if (firstSentence < 0 || firstSentence + sentenceCount > article.sentences().size()) {
      throw new IllegalArgumentException("sentences " + firstSentence + ".."
          + (firstSentence + sentenceCount) + " outside article " + article.id() + " with "
          + article.sentences().size() + " sentences");
    }
  }

  public TextSpan span() {
    List<TextSpan> s = article.sentences();
    return new TextSpan(s.get(firstSentence).start(),
        s.get(firstSentence + sentenceCount - 1).end());
  }

  public String text() {
    return span().of(article.text());
  }

  /** Identity is the ordinal, unique within one index; hashing the whole article is costly. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Passage other && other.ord() == ord && other.article() == article();
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(ord);
  }
}
