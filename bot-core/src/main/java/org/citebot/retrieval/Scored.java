package org.citebot.retrieval;

import java.util.Comparator;
import java.util.function.ToIntFunction;

/** A retrieval hit with its score. */
public record Scored<T>(T item, double score) {

  /** Best score first, ties by the item's stable ordinal, so rankings are deterministic. */
  static <T> Comparator<Scored<T>> order(ToIntFunction<T> ord) {
    return Comparator.<Scored<T>>comparingDouble(s -> -s.score())
        .thenComparingInt(s -> ord.applyAsInt(s.item()));
  }
}
