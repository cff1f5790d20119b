package org.citebot.answer;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The weights that turn a candidate sentence's {@link Feature} values into one score: the one
 * place they are set. {@link #defaults()} is for words alone, {@link #semanticDefaults()} for
 * when an embedding model is in use. The weights were fitted by coordinate ascent
 * ({@link RankingFit}) on one half of the SQuAD 2.0 articles and checked on the other half (see
 * README, "Answer quality"). Weights are 0 or more; a feature that counts against a sentence
 * ({@link Feature#inFavour()} false) subtracts its weighted value.
 */
public final class Ranking {

  private final double[] weights;

  private Ranking(double[] weights) {
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("illegal weight for " + Feature.values()[i].cliName()
            + ": " + weights[i] + ", must be a finite number of 0 or more");
      }
    }
    this.weights = weights;
  }

  /** A ranking with the given weights; features not named weigh nothing. */
  public static Ranking of(Map<Feature, Double> weights) {
    double[] w = new double[Feature.values().length];
    weights.forEach((f, v) -> w[f.ordinal()] = v);
    return new Ranking(w);
  }

  /**
   * The weights for words alone. Adjacency came after the fit and has a small weight set by
   * measuring whole answers: it lifts SQuAD strict hit@1 from 0.777 to 0.782 and costs 0.2 points
   * of hit@3; the ranking-only fit, which scores single sentences, leaves it at zero.
   */
  public static Ranking defaults() {
    return new Ranking(new double[] {
        0.3, 0.3, 0.1, 0.15, 0.55, 0.15, 0.2, 0.1, 0.15, 0.1, 0.0, 0.0});
  }

  /**
   * The weights when a sentence-embedding model is in use: closeness in meaning (of the sentence
   * and of its paragraph) takes over much of what BM25 and word coverage did, and a missing
   * heavy word costs more, since a close paraphrase no longer needs it to rank well. Fitted on
   * one half of the SQuAD articles, checked on the other, with shape kept at its lexical weight
   * (the fit lowered it, which cost a development question that asks what someone said) and a
   * small weight for sentences that read on their own (the fit dropped it; without it a quote
   * that leans on the sentence before can win by a hair). Adjacency adds nothing here: closeness
   * in meaning already rewards word order.
   */
  public static Ranking semanticDefaults() {
    return new Ranking(new double[] {
        0.025, 0.175, 0.025, 0.15, 0.0, 0.275, 0.15, 0.0, 0.575, 0.05, 0.7, 0.825});
  }

  /** A feature's weight. */
  public double weight(Feature f) {
    return weights[f.ordinal()];
  }

  /** The same ranking with one weight changed. */
  public Ranking with(Feature f, double weight) {
    double[] w = weights.clone();
    w[f.ordinal()] = weight;
    return new Ranking(w);
  }

  /** The same ranking with the given features weighing nothing. */
  public Ranking without(Set<Feature> features) {
    double[] w = weights.clone();
    features.forEach(f -> w[f.ordinal()] = 0);
    return new Ranking(w);
  }

  /** Every weight, by feature. */
  public Map<Feature, Double> weights() {
    Map<Feature, Double> out = new EnumMap<>(Feature.class);
    for (Feature f : Feature.values()) {
      out.put(f, weights[f.ordinal()]);
    }
    return out;
  }

  /** The weighted sum of feature values (indexed by ordinal), in {@link Feature} order. */
  double score(double[] values) {
    Feature[] all = Feature.values();
    double sum = 0;
    for (int i = 0; i < all.length; i++) {
      double v = weights[i] * values[i];
      sum = all[i].inFavour() ? sum + v : sum - v;
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ranking r && Arrays.equals(weights, r.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Ranking" + weights();
  }
}
