package org.citebot.corpus.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.citebot.chat.ConfigException;
import org.citebot.chat.Settings;

/**
 * Where the corpus and the data live, and how the corpus is kept fresh.
 *
 * @param corpusDir the corpus directory (default {@code DATA/corpus})
 * @param dataDir the data directory for snapshots, trash and the audit log (default
 *     {@code ./data})
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

  /** The data directory from the settings ({@value #DATA_DIR}, default {@code data}). */
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
    return new CorpusOptions(corpus, data, Duration.ofSeconds(poll), Duration.ofSeconds(timeout),
        allow.equals("true"));
  }
}
