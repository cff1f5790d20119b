package org.citebot.text;

import java.util.List;

/**
 * What a corpus load did: a count for every outcome.
 *
 * @param loaded number of articles loaded
 * @param skipped files that were not loaded, each with its reason
 * @param duplicates files dropped because the same article (same URL or same text) was loaded
 */
public record LoadReport(int loaded, List<Skipped> skipped, List<Skipped> duplicates) {

  public LoadReport {
    if (loaded < 0) {
      throw new IllegalArgumentException("loaded must be >= 0, was " + loaded);
    }
    skipped = List.copyOf(skipped);
    duplicates = List.copyOf(duplicates);
  }

  /** A file that was not loaded and why, in words a moderator can act on. */
  public record Skipped(String file, String reason) {}
}
