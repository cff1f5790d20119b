package org.citebot.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.citebot.text.Hashes;

/**
 * Where the corpus and the data live, and how the corpus is kept fresh.
 *
 * @param corpusDir the corpus directory (default {@code DATA/corpus})
 * @param dataDir this corpus's data folder, for snapshots, trash and the audit log: the data
 *     root ({@code CITEBOT_DATA_DIR}, default {@code ./data}) for the corpus {@code DATA/corpus},
 *     else a folder of its own under {@code DATA/corpora/} ({@link #dataFolder})
 * @param pollInterval how often to look for changes made by another process (default 5 s; zero
 *     turns it off)
 * @param fetchTimeout time limit for fetching a page by URL (default 10 s)
 * @param allowPrivateUrls whether pages on loopback and private addresses may be added (default
 *     false)
 */
public record CorpusOptions(Path corpusDir, Path dataDir, Duration pollInterval,
    Duration fetchTimeout, boolean allowPrivateUrls) {

  public static final String DATA_DIR = "CITEBOT_DATA_DIR";
  public static final String CORPUS_DIR = "CITEBOT_CORPUS_DIR";
  public static final String POLL_SECONDS = "CITEBOT_CORPUS_POLL_SECONDS";
  public static final String FETCH_TIMEOUT_SECONDS = "CITEBOT_FETCH_TIMEOUT_SECONDS";
  public static final String ALLOW_PRIVATE_URLS = "CITEBOT_ALLOW_PRIVATE_URLS";

  public CorpusOptions {
    Objects.requireNonNull(corpusDir, "corpusDir");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (pollInterval.isNegative()) {
      throw new IllegalArgumentException("illegal pollInterval: " + pollInterval
          + ", must be zero (off) or positive");
    }
    if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException("illegal fetchTimeout: " + fetchTimeout
          + ", must be positive");
    }
  }

  /** Where the data folders of corpora other than {@code DATA/corpus} go. */
  public static final String CORPORA = "corpora";

  private static final int MAX_NAME = 40;
  private static final int HASH_HEX_DIGITS = 12;

  /** The data root from the settings ({@value #DATA_DIR}, default {@code data}). */
  public static Path dataDir(Settings settings) {
    return Path.of(settings.get(DATA_DIR, "data"));
  }

  /**
   * Options from the settings.
   *
   * @param corpusDir the directory chosen on the command line, or null for
   *     {@value #CORPUS_DIR}, else {@code DATA/corpus}
   * @throws ConfigException when a value is malformed
   */
  public static CorpusOptions fromSettings(Settings settings, Path corpusDir) {
    Path data = dataDir(settings);
    Path corpus = corpusDir != null ? corpusDir
        : settings.get(CORPUS_DIR).map(Path::of).orElse(data.resolve("corpus"));
    int poll = settings.getInt(POLL_SECONDS, 5, 0, 86_400);
    int timeout = settings.getInt(FETCH_TIMEOUT_SECONDS, 10, 1, 300);
    String allow = settings.get(ALLOW_PRIVATE_URLS, "false").toLowerCase(Locale.ROOT);
    if (!allow.equals("true") && !allow.equals("false")) {
      throw new ConfigException(ALLOW_PRIVATE_URLS + "=" + allow + " must be true or false");
    }
    return new CorpusOptions(corpus, dataFolder(data, corpus), Duration.ofSeconds(poll),
        Duration.ofSeconds(timeout), allow.equals("true"));
  }

  /**
   * The data folder of {@code corpusDir}: the data root itself for {@code DATA/corpus}, so a
   * bot's snapshots, trash and logs stay where they always were; for any other corpus,
   * {@code DATA/corpora/NAME-HASH}, NAME from the directory's name and HASH the first 12 hex
   * digits of the SHA-256 of its real path. Two corpora therefore never share snapshots, trash
   * or audit log, and the same directory, however it is named on the command line, always gets
   * the same folder.
   */
  public static Path dataFolder(Path dataRoot, Path corpusDir) {
    String real = realPath(corpusDir);
    if (real.equals(realPath(dataRoot.resolve("corpus")))) {
      return dataRoot;
    }
    Path name = Path.of(real).getFileName();
    return dataRoot.resolve(CORPORA).resolve(sanitized(name == null ? "" : name.toString())
        + "-" + Hashes.sha256(real).substring(0, HASH_HEX_DIGITS));
  }

  /** The real path when the directory exists (links resolved), else the absolute one. */
  private static String realPath(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute)) {
      try {
        return absolute.toRealPath().toString();
      } catch (IOException e) {
        // Unreadable now: the absolute path still names it the same way every time.
        return absolute.toString();
      }
    }
    return absolute.toString();
  }

  /** Lower-case ASCII letters and digits, runs of anything else as one hyphen. */
  private static String sanitized(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_NAME) {
      s = s.substring(0, MAX_NAME).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "corpus" : s;
  }
}
