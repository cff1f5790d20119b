package org.citebot.answer;

/**
 * What speaks for one candidate sentence as the answer to a question; {@link Ranking} weighs it
 * into one score. Shares are between 0 and 1.
 *
 * @param coverage share of the question's term weight (IDF) the sentence contains
 * @param contextCoverage that share over the sentence and its neighbours in the paragraph
 * @param sentenceBm25 the sentence's BM25 score, relative to the best sentence
 * @param shape 1 when it has the answer's shape (a date for "when"), more for quoted speech
 *     when the question asks what someone said, else 0
 * @param paragraphBm25 its paragraph's (with the title) BM25 score, relative to the best
 * @param paragraphCoverage share of the question's term weight in the paragraph and title
 * @param exactWords share of the question's words found in the sentence unstemmed
 * @param adjacency share of the question's neighbouring concepts (stop words aside) that stand
 *     side by side in the sentence too
 * @param missing the heaviest concept share that the sentence and its neighbours lack (used by
 *     the abstention bar, not the score)
 * @param missingHere the heaviest concept share that the sentence itself lacks
 * @param standalone 1 when the sentence does not open with a pronoun or connective
 * @param semantic how close the sentence's meaning is to the question's (cosine of their
 *     embeddings; 0 when no embedding model is in use)
 * @param paragraphSemantic the same for its paragraph, with the article's title
 */
record Evidence(
    double coverage,
    double contextCoverage,
    double sentenceBm25,
    double shape,
    double paragraphBm25,
    double paragraphCoverage,
    double exactWords,
    double adjacency,
    double missing,
    double missingHere,
    double standalone,
    double semantic,
    double paragraphSemantic) {

  /** The same evidence with closeness in meaning filled in. */
  Evidence withMeaning(double semantic, double paragraphSemantic) {
    return new Evidence(coverage, contextCoverage, sentenceBm25, shape, paragraphBm25,
        paragraphCoverage, exactWords, adjacency, missing, missingHere, standalone, semantic,
        paragraphSemantic);
  }
}
