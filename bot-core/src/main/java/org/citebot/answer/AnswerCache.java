package org.citebot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.Locale;
import java.util.function.Function;

/**
 * Bounded cache of answers keyed by the normalised question and the corpus version, so that a
 * refreshed corpus never serves a stale answer.
 */
public final class AnswerCache {

  private final Cache<String, Answer> cache;
  private final boolean disabled;

  /** @param maxEntries the most answers kept (default 10,000); 0 disables caching */
  public AnswerCache(long maxEntries) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("illegal maxEntries: " + maxEntries + ", must be >= 0");
    }
    this.cache = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
    this.disabled = maxEntries == 0;
  }

  public Answer get(String corpusVersion, String question, Function<String, Answer> compute) {
    if (disabled) {
      // Caffeine with maximumSize 0 may still serve an entry until its eviction runs.
      return compute.apply(question);
    }
    return cache.get(corpusVersion + "\n" + normalise(question), k -> compute.apply(question));
  }

  public void invalidateAll() {
    cache.invalidateAll();
  }

  /** Hits, misses and size, for metrics. */
  public Statistics statistics() {
    CacheStats s = cache.stats();
    return new Statistics(s.hitCount(), s.missCount(), cache.estimatedSize());
  }

  /** Cache counters. */
  public record Statistics(long hits, long misses, long size) {
    public double hitRatio() {
      long total = hits + misses;
      return total == 0 ? 0 : (double) hits / total;
    }
  }

  /** Lower case, single spaces, no trailing punctuation: "When was it?" = "when was it". */
  static String normalise(String question) {
    String q = question.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    return q.replaceAll("[\\s?!.]+$", "");
  }
}
