package org.citebot.answer;

import java.util.Locale;

/**
 * A quote that answers alone must cover enough of the question, words weighed by rarity: a
 * sentence that shares one common word with the question does not answer it. One that covers
 * half as much may still stand beside an answer. With semantic matching the bar is lower: a
 * quote that says the question in other words covers little of its wording, and the confidence
 * model, which reads how close the quote's meaning is, weighs such a quote better than a bar on
 * words (at the words-alone bar this gate refused about one right answer for every two wrong ones
 * on SQuAD's unfitted half). With words alone nothing vouches for a paraphrase, so the bar stays.
 */
final class CoverageGate implements AnswerGate.OnSentence {

  /** The share of the question's weight an answering sentence must cover, with words alone. */
  static final double WORDS_ALONE_BAR = 0.3;

  /** The same where closeness in meaning is weighed too. */
  static final double WITH_MEANING_BAR = 0.2;

  private final double bar;

  CoverageGate(boolean meaningWeighed) {
    this.bar = meaningWeighed ? WITH_MEANING_BAR : WORDS_ALONE_BAR;
  }

  @Override
  public String name() {
    return "coverage";
  }

  @Override
  public String requirement() {
    return String.format(Locale.ROOT, "the answering sentence covers at least %.0f%% of the "
        + "question's words, weighed by rarity", bar * 100);
  }

  @Override
  public Role role() {
    return Role.ANSWER;
  }

  @Override
  public boolean passes(Question q, SentenceFacts s) {
    return s.coverage() >= bar;
  }

  /**
   * A sentence that covers at least half of what an answer must may still be quoted beside one,
   * when it ranks nearly as well: such a sentence often lacks a word of the question that its
   * paragraph has ("The empire allied with Germany" in a paragraph about the Ottoman Empire).
   */
  @Override
  public boolean supports(Question q, SentenceFacts s) {
    return s.coverage() >= bar / 2;
  }

  @Override
  public String reason(Question q, SentenceFacts s) {
    return String.format(Locale.ROOT, "The best-matching sentence covers %.0f%% of the "
        + "question's words (weighed by rarity); an answer must cover %.0f%%.",
        s.coverage() * 100, bar * 100);
  }
}
