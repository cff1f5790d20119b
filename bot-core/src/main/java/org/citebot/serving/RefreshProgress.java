package org.citebot.serving;

/**
 * How far a refresh has come, for a progress line.
 *
 * @param filesRead corpus files read so far
 * @param filesTotal corpus files to read
 * @param passagesIndexed passages in the new index (0 until it is built)
 */
public record RefreshProgress(int filesRead, int filesTotal, int passagesIndexed) {

  public RefreshProgress {
    if (filesRead < 0 || filesTotal < 0 || filesRead > filesTotal) {
      throw new IllegalArgumentException("filesRead must be between 0 and filesTotal, filesRead: "
          + filesRead + ", filesTotal: " + filesTotal);
    }
    if (passagesIndexed < 0) {
      throw new IllegalArgumentException("passagesIndexed must be >= 0, was " + passagesIndexed);
    }
  }
}
