package org.citebot.answer;

import java.util.EnumSet;
import java.util.Set;
import org.citebot.semantic.TextEmbedder;

/**
 * How an {@link AnswerPipeline} weighs and judges candidates: the ranking weights, the sentence
 * model if any, and the gates and features switched off (for measuring what each is worth; none
 * are off in service).
 *
 * @param ranking the weights; with a sentence model, those for words and meaning together
 * @param lexicalRanking the weights for words alone, used before the model is consulted (the same
 *     as {@code ranking} without a model)
 * @param embedder the sentence model, or null for words alone
 * @param gatesOff names of the {@link AnswerGate}s switched off
 * @param featuresOff the {@link Feature}s that weigh nothing
 * @param minConfidence the confidence below which the bot abstains ({@code
 *     CITEBOT_MIN_CONFIDENCE}; by default the fitted {@link Answerability#defaultMinimum()})
 * @param answerability the confidence model, the one fitted for this kind of matching
 */
public record AnswerSettings(Ranking ranking, Ranking lexicalRanking, TextEmbedder embedder,
    Set<String> gatesOff, Set<Feature> featuresOff, double minConfidence,
    Answerability answerability) {

  /** The setting's name. */
  public static final String MIN_CONFIDENCE_KEY = "CITEBOT_MIN_CONFIDENCE";

  public AnswerSettings {
    java.util.Objects.requireNonNull(answerability, "answerability");
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException(MIN_CONFIDENCE_KEY + "=" + minConfidence
          + " must be a number between 0 and 1");
    }
    gatesOff = Set.copyOf(gatesOff);
    featuresOff = featuresOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(featuresOff));
    Gates.checkNames(gatesOff);
    ranking = ranking.without(featuresOff);
    lexicalRanking = lexicalRanking.without(featuresOff);
  }

  /** The settings for a kind of matching, with every gate and feature on. */
  public static AnswerSettings of(Matching matching) {
    return of(matching.ranking(), matching.embedder());
  }

  /**
   * Settings with the given weights and sentence model (null: words alone, by {@code ranking}),
   * and the confidence model fitted for that kind of matching.
   */
  public static AnswerSettings of(Ranking ranking, TextEmbedder embedder) {
    Answerability model =
        Answerability.shipped(embedder == null ? Matching.LEXICAL : Matching.SEMANTIC);
    return new AnswerSettings(ranking, embedder == null ? ranking : Ranking.defaults(), embedder,
        Set.of(), Set.of(), model.defaultMinimum(), model);
  }

  /**
   * These settings for words alone, as a pipeline falls back to them when the sentence model
   * cannot run: the lexical weights and the confidence model fitted for them, with its fitted bar
   * unless a bar was set ({@code CITEBOT_MIN_CONFIDENCE} applies to either model).
   */
  public AnswerSettings wordsAlone() {
    if (embedder == null) {
      return this;
    }
    Answerability lexical = Answerability.shipped(Matching.LEXICAL);
    double minimum = minConfidence == answerability.defaultMinimum()
        ? lexical.defaultMinimum() : minConfidence;
    return new AnswerSettings(lexicalRanking, lexicalRanking, null, gatesOff, featuresOff,
        minimum, lexical);
  }

  /** The same settings with gates and features switched off. */
  public AnswerSettings without(Set<String> gates, Set<Feature> features) {
    return new AnswerSettings(ranking, lexicalRanking, embedder, gates, features, minConfidence,
        answerability);
  }

  /** The same settings with another confidence bar. */
  public AnswerSettings withMinConfidence(double minimum) {
    return new AnswerSettings(ranking, lexicalRanking, embedder, gatesOff, featuresOff, minimum,
        answerability);
  }

  /**
   * Parses {@code CITEBOT_MIN_CONFIDENCE}: null or blank keeps the fitted default.
   *
   * @throws IllegalArgumentException naming the setting, the value and what is allowed
   */
  public AnswerSettings withMinConfidence(String value) {
    if (value == null || value.isBlank()) {
      return this;
    }
    try {
      return withMinConfidence(Double.parseDouble(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(MIN_CONFIDENCE_KEY + "=" + value
          + " must be a number between 0 and 1");
    }
  }
}
