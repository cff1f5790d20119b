package org.citebot.answer;

import java.util.List;
import org.citebot.retrieval.SentenceRef;
import org.citebot.text.TextSpan;

/**
 * What one candidate sentence offers a question, found once by {@link FactFinder}; ranking
 * {@link Feature}s and {@link AnswerGate}s read these facts and compute nothing again. Shares
 * are between 0 and 1.
 *
 * @param sentence the sentence
 * @param previous the sentence before it in its paragraph, or null
 * @param next the sentence after it in its paragraph, or null
 * @param sentenceBm25 its BM25 score, relative to the best sentence
 * @param paragraphBm25 its paragraph's (with the title) BM25 score, relative to the best
 * @param shapes its spans with the answer's shape (dates for "when", counts for "how many")
 * @param shapeFound whether it has such a span, or the question asks for no particular shape
 * @param namesFocus whether it or a neighbour names what a "how many" question counts (always
 *     true for other questions)
 * @param dateNear for "when": whether its date stands near the question's terms, not dating
 *     something else in the sentence (always true otherwise)
 * @param quotesSpeech whether it quotes someone's words
 * @param countsFocus whether one of its numbers is followed closely by what is counted
 * @param coverage share of the question's term weight (IDF) it contains
 * @param contextCoverage that share over the sentence and its neighbours in the paragraph
 * @param paragraphCoverage that share in its paragraph and its article's title
 * @param exactWords share of the question's content words found in it unstemmed
 * @param adjacency share of the question's neighbouring concepts that stand side by side in it
 * @param missing the heaviest concept (by {@link Question#lackable()}) that it and its
 *     neighbours lack, as a share of the question's weight
 * @param missingHere the heaviest concept it lacks itself, as a share
 * @param standsAlone whether it reads on its own (does not open with a pronoun or connective)
 * @param semantic how close its meaning is to the question's (cosine of their embeddings; 0
 *     when no sentence model weighed in)
 * @param paragraphSemantic the same for its paragraph, with the article's title
 */
record SentenceFacts(
    SentenceRef sentence,
    SentenceRef previous,
    SentenceRef next,
    double sentenceBm25,
    double paragraphBm25,
    List<TextSpan> shapes,
    boolean shapeFound,
    boolean namesFocus,
    boolean dateNear,
    boolean quotesSpeech,
    boolean countsFocus,
    double coverage,
    double contextCoverage,
    double paragraphCoverage,
    double exactWords,
    double adjacency,
    double missing,
    double missingHere,
    boolean standsAlone,
    double semantic,
    double paragraphSemantic) {

  /** The same facts with closeness in meaning filled in. */
  SentenceFacts withMeaning(double semantic, double paragraphSemantic) {
    return new SentenceFacts(sentence, previous, next, sentenceBm25, paragraphBm25, shapes,
        shapeFound, namesFocus, dateNear, quotesSpeech, countsFocus, coverage, contextCoverage,
        paragraphCoverage, exactWords, adjacency, missing, missingHere, standsAlone, semantic,
        paragraphSemantic);
  }

  /** Whether it has the shape the question's answer needs, in all three respects. */
  boolean hasAnswerShape() {
    return shapeFound && namesFocus && dateNear;
  }
}
