package org.citebot.answer;

import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * The ranking features: what speaks for (or, for {@link #MISSING_HERE}, against) a candidate
 * sentence as the answer to a question. Each is one constant and one function of the question and
 * the sentence's {@link SentenceFacts}; {@link Ranking} holds their weights, {@link RankingFit}
 * fits them, and {@code eval --without-feature NAME} measures one's worth. The order is the order
 * of the weighted sum, so that scores stay bit-for-bit reproducible.
 */
public enum Feature {
  /** Share of the question's term weight (IDF) the sentence contains. */
  COVERAGE((q, f) -> f.coverage()),
  /** That share over the sentence and its neighbours in the paragraph. */
  CONTEXT_COVERAGE((q, f) -> f.contextCoverage()),
  /** The sentence's BM25 score, relative to the best sentence. */
  SENTENCE_BM25((q, f) -> f.sentenceBm25()),
  /** 1 when it has the answer's shape (a date for "when"), more for the shapes that fit best. */
  SHAPE(Feature::shape),
  /** Its paragraph's (with the title) BM25 score, relative to the best paragraph. */
  PARAGRAPH_BM25((q, f) -> f.paragraphBm25()),
  /** Share of the question's term weight in its paragraph and title. */
  PARAGRAPH_COVERAGE((q, f) -> f.paragraphCoverage()),
  /** Share of the question's content words found in it unstemmed. */
  EXACT_WORDS((q, f) -> f.exactWords()),
  /** Share of the question's neighbouring concepts that stand side by side in it too. */
  ADJACENCY((q, f) -> f.adjacency()),
  /** The heaviest concept share it lacks; counts against it. */
  MISSING_HERE(false, (q, f) -> f.missingHere()),
  /** 1 when it reads on its own (opens with no pronoun or connective). */
  STANDALONE((q, f) -> f.standsAlone() ? 1 : 0),
  /** Closeness in meaning to the question (0 without a sentence model). */
  SEMANTIC((q, f) -> f.semantic()),
  /** Its paragraph's closeness in meaning to the question (0 without a sentence model). */
  PARAGRAPH_SEMANTIC((q, f) -> f.paragraphSemantic());

  /**
   * How much more a quoting sentence counts for a question about what someone said than a
   * date counts for "when": reported speech usually continues a sentence that names the
   * speaker, so it covers fewer of the question's words itself.
   */
  static final double SPEECH_SHAPE = 2.0;
  /**
   * How much more a number next to what a "how many" question counts ("120,000 people") weighs
   * than any other number in a sentence.
   */
  static final double COUNTED_SHAPE = 2.0;

  private final boolean inFavour;
  private final ToDoubleBiFunction<Question, SentenceFacts> value;

  Feature(ToDoubleBiFunction<Question, SentenceFacts> value) {
    this(true, value);
  }

  Feature(boolean inFavour, ToDoubleBiFunction<Question, SentenceFacts> value) {
    this.inFavour = inFavour;
    this.value = value;
  }

  /** Whether the feature speaks for a sentence (its weight adds) or against it (subtracts). */
  public boolean inFavour() {
    return inFavour;
  }

  /** The feature's value for one candidate sentence. */
  double value(Question q, SentenceFacts f) {
    return value.applyAsDouble(q, f);
  }

  /** Every feature's value for one candidate, indexed by ordinal. */
  static double[] values(Question q, SentenceFacts f) {
    Feature[] all = values();
    double[] out = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = all[i].value(q, f);
    }
    return out;
  }

  /** The name used on the command line: lower case with hyphens ("paragraph-bm25"). */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The feature with that command-line name (any case, hyphens or underscores). */
  public static Feature parse(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Feature f : values()) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Feature f : values()) {
      known.append(known.isEmpty() ? "" : ", ").append(f.cliName());
    }
    throw new IllegalArgumentException(
        "unknown ranking feature: '" + name + "', must be one of " + known);
  }

  /**
   * For a question about speech, a sentence that quotes someone; otherwise one with the
   * answer's shape, more when its number counts what was asked.
   */
  private static double shape(Question q, SentenceFacts f) {
    if (q.asksForSpeech()) {
      return f.quotesSpeech() ? SPEECH_SHAPE : 0;
    }
    return !f.hasAnswerShape() ? 0 : f.countsFocus() ? COUNTED_SHAPE : 1;
  }
}
