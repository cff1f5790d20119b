package org.citebot.retrieval;

/**
 * One paragraph of the corpus: its article's position in the corpus and its index there.
 *
 * @param article the article's ordinal in the corpus
 * @param paragraph the paragraph's index within the article
 */
public record ParagraphRef(int article, int paragraph) {

  public ParagraphRef {
    if (article < 0 || paragraph < 0) {
      throw new IllegalArgumentException(
          "illegal paragraph reference: article " + article + ", paragraph " + paragraph
              + ", both must be 0 or more");
    }
  }
}
