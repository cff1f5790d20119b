package org.citebot.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.citebot.text.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last good corpus, kept in the data directory ({@code DATA/index/}) so that a restart can
 * serve it without re-reading an unchanged corpus directory, and so that a corpus directory that
 * broke while the bot was down does not cost any article.
 *
 * <p>Layout: {@code snapshot-NNNNNNNNNN/} holds {@code files/} (the raw bytes of each article file
 * served, and the synonyms) and {@code manifest.json} (the corpus directory's fingerprint and each
 * file's SHA-256). A snapshot is written completely into a hidden {@code .tmp-*} directory and
 * then renamed atomically to the next generation; older generations are deleted only after that.
 * A kill at any point therefore leaves at least one complete snapshot, and a leftover temporary
 * directory is never read (it is deleted once it is old enough not to be another process's write
 * in progress).
 */
final class CorpusSnapshot {

  static final String MANIFEST = "manifest.json";
  static final String FILES = "files";
  private static final String PREFIX = "snapshot-";
  private static final String TMP_PREFIX = ".tmp-";
  private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(CorpusSnapshot.class);

  private CorpusSnapshot() {}

  /**
   * A complete snapshot.
   *
   * @param dir its directory
   * @param directoryFingerprint the corpus directory's fingerprint when it was taken
   * @param files file name to raw bytes, in name order
   */
  record Stored(Path dir, String directoryFingerprint, Map<String, byte[]> files) {
    Path filesDir() {
      return dir.resolve(FILES);
    }
  }

  /** A new, empty staging directory with a {@code files/} directory inside. */
  static Path stage(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    Path tmp = indexDir.resolve(TMP_PREFIX + UUID.randomUUID());
    Files.createDirectories(tmp.resolve(FILES));
    return tmp;
  }

  /** Writes the files into a staging directory's {@code files/}. */
  static void writeFiles(Path staged, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(staged.resolve(FILES).resolve(e.getKey()), e.getValue());
    }
  }

  /**
   * Completes a staged snapshot (manifest last), renames it to the next generation and deletes
   * the older ones.
   */
  static Stored commit(Path indexDir, Path staged, String directoryFingerprint,
      Map<String, byte[]> files) throws IOException {
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("directoryFingerprint", directoryFingerprint);
    ObjectNode hashes = manifest.putObject("files");
    files.forEach((name, bytes) -> hashes.put(name, Hashes.sha256(bytes)));
    Files.write(staged.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(manifest));
    long generation = generations(indexDir).stream().mapToLong(CorpusSnapshot::generation)
        .max().orElse(0);
    for (int attempt = 0; ; attempt++) {
      generation++;
      Path target = indexDir.resolve(PREFIX + String.format("%010d", generation));
      try {
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        deleteOlder(indexDir, generation);
        return new Stored(target, directoryFingerprint, files);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
        // Another process sharing the data directory took this generation.
        if (attempt >= 20) {
          throw e;
        }
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the data directory " + indexDir + " cannot rename atomically; "
            + "put it on a local file system", e);
      }
    }
  }

  /** Writes a complete new snapshot of {@code files}; see {@link #commit}. */
  static Stored save(Path indexDir, String directoryFingerprint, Map<String, byte[]> files)
      throws IOException {
    Path staged = stage(indexDir);
    try {
      writeFiles(staged, files);
      return commit(indexDir, staged, directoryFingerprint, files);
    } catch (IOException | RuntimeException e) {
      discard(staged);
      throw e;
    }
  }

  /** Deletes a staging directory that will not be committed. */
  static void discard(Path staged) {
    try {
      deleteTree(staged);
    } catch (IOException e) {
      LOG.warn("cannot delete the unfinished snapshot {}", staged, e);
    }
  }

  /**
   * The newest complete snapshot, if any. Incomplete or damaged ones are passed over; abandoned
   * temporary directories are deleted.
   */
  static Optional<Stored> latest(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return Optional.empty();
    }
    cleanAbandoned(indexDir);
    List<Path> gens;
    try {
      gens = generations(indexDir);
    } catch (IOException e) {
      LOG.warn("cannot list the snapshots in {}", indexDir, e);
      return Optional.empty();
    }
    gens.sort(Comparator.comparingLong(CorpusSnapshot::generation).reversed());
    for (Path g : gens) {
      try {
        return Optional.of(read(g));
      } catch (IOException | RuntimeException e) {
        LOG.warn("passing over the damaged snapshot {}: {}", g, e.toString());
      }
    }
    return Optional.empty();
  }

  private static Stored read(Path dir) throws IOException {
    JsonNode manifest = JSON.readTree(dir.resolve(MANIFEST).toFile());
    String fingerprint = manifest.path("directoryFingerprint").asText("");
    if (fingerprint.isEmpty()) {
      throw new IOException("manifest has no directoryFingerprint");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : manifest.path("files").properties()) {
      byte[] bytes = Files.readAllBytes(dir.resolve(FILES).resolve(e.getKey()));
      if (!Hashes.sha256(bytes).equals(e.getValue().asText())) {
        throw new IOException("file " + e.getKey() + " does not match its manifest hash");
      }
      files.put(e.getKey(), bytes);
    }
    return new Stored(dir, fingerprint, files);
  }

  private static void cleanAbandoned(Path indexDir) {
    Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
    try (Stream<Path> s = Files.list(indexDir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.getFileName().toString().startsWith(TMP_PREFIX)
            && Files.getLastModifiedTime(p).compareTo(FileTime.from(cutoff)) < 0) {
          LOG.info("deleting the unfinished snapshot {} left by an interrupted refresh", p);
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot clean unfinished snapshots in {}", indexDir, e);
    }
  }

  private static List<Path> generations(Path indexDir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(indexDir)) {
      s.filter(p -> generation(p) > 0).forEach(out::add);
    }
    return out;
  }

  private static long generation(Path p) {
    String name = p.getFileName().toString();
    if (!name.startsWith(PREFIX)) {
      return -1;
    }
    try {
      return Long.parseLong(name.substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void deleteOlder(Path indexDir, long keep) {
    try {
      for (Path g : generations(indexDir)) {
        if (generation(g) < keep) {
          deleteTree(g);
        }
      }
    } catch (IOException e) {
      // Left for the next refresh; the newest complete snapshot is the one read at start.
      LOG.warn("cannot delete old snapshots in {}", indexDir, e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
