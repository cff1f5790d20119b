package org.citebot.answer;

import org.citebot.retrieval.SentenceRef;

/**
 * A sentence under consideration: its facts, its feature values, its score, and what the
 * sentence gates let it do.
 *
 * @param features the {@link Feature} values, by ordinal
 * @param mayLead whether it passes every lead gate: it may lead a quote
 * @param mayAnswer whether it passes every answer gate too: it may be quoted as an answer alone
 * @param maySupport whether, not answering alone, it may still stand beside an answer
 */
record Candidate(SentenceRef sentence, double score, SentenceFacts facts, double[] features,
    boolean mayLead, boolean mayAnswer, boolean maySupport) {

  /** The same candidate rescored with new facts and features. */
  Candidate rescored(SentenceFacts newFacts, double[] newFeatures, double newScore) {
    return new Candidate(sentence, newScore, newFacts, newFeatures, mayLead, mayAnswer,
        maySupport);
  }
}
