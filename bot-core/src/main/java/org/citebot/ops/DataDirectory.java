package org.citebot.ops;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.citebot.config.ConfigException;
import org.citebot.corpus.CorpusLoader;
import org.citebot.serving.CorpusOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's data root ({@code CITEBOT_DATA_DIR}): {@code corpus/} (the articles moderators edit)
 * and, for each corpus served, its data folder ({@link CorpusOptions#dataFolder}) with
 * {@code index/} (snapshots), {@code trash/}, {@code audit.jsonl} and {@code feedback.jsonl}.
 * The data folder of {@code corpus/} is the root itself; another corpus's is under
 * {@code corpora/}.
 */
public final class DataDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

  private final Path root;

  private DataDirectory(Path root) {
    this.root = root;
  }

  /**
   * Creates the directory if missing and checks that it is writable. On first start (no
   * {@code corpus/} inside) copies the embedded default corpus in, so that moderators have
   * something to extend.
   *
   * @param copyDefaultCorpus false when another corpus directory is configured
   * @throws ConfigException when the directory cannot be created or written (one line)
   */
  public static DataDirectory prepare(Path root, boolean copyDefaultCorpus) {
    String where = ConfigKeys.DATA_DIR.name() + "=" + root;
    try {
      Files.createDirectories(root);
    } catch (FileAlreadyExistsException e) {
      throw new ConfigException(where + " is a file, not a directory");
    } catch (IOException e) {
      throw new ConfigException(where + " cannot be created: " + reason(e));
    }
    if (!Files.isDirectory(root)) {
      throw new ConfigException(where + " is not a directory");
    }
    // Files.isWritable answers for the permission bits only; a read-only mount or a full disk
    // shows only when writing, so write.
    try {
      Path probe = Files.createTempFile(root, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new ConfigException(where + " is not writable by this user: " + reason(e));
    }
    DataDirectory dir = new DataDirectory(root);
    if (copyDefaultCorpus && !Files.exists(dir.corpus())) {
      try {
        int n = copyDefaultCorpus(dir.corpus());
        LOG.info("first start: copied the default corpus ({} files) to {}", n, dir.corpus());
      } catch (IOException e) {
        throw new ConfigException("cannot copy the default corpus to " + dir.corpus() + ": "
            + reason(e));
      }
    }
    return dir;
  }

  public Path root() {
    return root;
  }

  /** The corpus that the bot serves unless another directory is configured. */
  public Path corpus() {
    return root.resolve("corpus");
  }

  /** The data folder of {@code corpusDir}: this root for {@link #corpus()}, else its own. */
  public Path corpusData(Path corpusDir) {
    return CorpusOptions.dataFolder(root, corpusDir);
  }

  /** Users' votes on the answers from {@code corpusDir}. */
  public Path feedbackLog(Path corpusDir) {
    return corpusData(corpusDir).resolve("feedback.jsonl");
  }

  /** Moderators' actions on {@code corpusDir}. */
  public Path auditLog(Path corpusDir) {
    return corpusData(corpusDir).resolve("audit.jsonl");
  }

  /**
   * Copies the embedded corpus (from a directory or from inside the runnable jar) into
   * {@code target}, through a temporary sibling so that a failed copy leaves no half corpus.
   *
   * @return the number of files copied
   */
  static int copyDefaultCorpus(Path target) throws IOException {
    Path source = CorpusLoader.defaultCorpusDirectory();
    Path tmp = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".corpus-");
    int n = 0;
    try {
      List<Path> files;
      try (Stream<Path> s = Files.list(source)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        Files.copy(f, tmp.resolve(f.getFileName().toString()));
        n++;
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      return n;
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("cannot remove the temporary directory {}: {}", dir, e.toString());
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
