package org.citebot.text;

import java.util.List;

/**
 * What a corpus load did: a count for every outcome.
 *
 * @param loaded number of articles loaded
 * @param skipped files that were not loaded, each with its reason
 * @param duplicates files dropped because the same article (same URL or same text) was loaded
 * @param warnings files loaded with something cut or dropped (a long title, too many sentences)
 */
public record LoadReport(int loaded, List<Skipped> skipped, List<Skipped> duplicates,
    List<Skipped> warnings) {

  public LoadReport {
    if (loaded < 0) {
      throw new IllegalArgumentException("loaded must be >= 0, was " + loaded);
    }
    skipped = List.copyOf(skipped);
    duplicates = List.copyOf(duplicates);
    warnings = List.copyOf(warnings);
  }

  /** A report without warnings. */
  public LoadReport(int loaded, List<Skipped> skipped, List<Skipped> duplicates) {
    this(loaded, skipped, duplicates, List.of());
  }

  /**
   * A file and what happened to it, in words a moderator can act on. Both are printed to
   * terminals and chats, so neither keeps a control character (a file may be named with an
   * escape sequence).
   */
  public record Skipped(String file, String reason) {
    public Skipped {
      file = TextHygiene.oneLine(file);
      reason = TextHygiene.oneLine(reason);
    }
  }
}
