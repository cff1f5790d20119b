package org.citebot.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of large class-path resources kept as plain files in the user's cache folder, so that
 * later processes read them as they are instead of inflating them from the jar: the sentence
 * model (34 MB), which ONNX Runtime then reads straight from the file. Inflating it and handing
 * it over through the heap took about 0.4 s of a cold {@code citebot ask} with semantic
 * matching. (ONNX Runtime's native library is left to ONNX Runtime, which unpacks it into the
 * temporary folder: a copy in the cache folder would save 0.1 s but fail where that folder does
 * not allow programs to run.) Each copy is named after the jar
 * entry's checksum, so a new build never reads an old copy; it is written under a temporary name
 * and moved into place, so two processes never read a half-written one. Wherever this cannot
 * work (no cache folder, not run from a jar, a full disk), callers read the resource as before.
 */
final class ExtractedFiles {

  private static final Logger LOG = LoggerFactory.getLogger(ExtractedFiles.class);

  private ExtractedFiles() {}

  /** The user's cache folder for citebot: {@code $XDG_CACHE_HOME/citebot} or {@code ~/.cache/citebot}. */
  static Optional<Path> cacheFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "citebot"));
    }
    if (home == null || home.isBlank() || home.equals("?")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(home, ".cache", "citebot"));
  }

  /**
   * The plain copy of a resource inside a jar in the user's cache folder, in a folder named
   * {@code prefix} and the jar entry's checksum, extracted now if there is none yet; empty when
   * the resource is not in a jar or the copy cannot be made.
   */
  static Optional<Path> inCache(String resource, String prefix) {
    return cacheFolder().flatMap(root -> of(resource, root, prefix));
  }

  /** As {@link #inCache}, under {@code root} instead of the user's cache folder. */
  static Optional<Path> of(String resource, Path root, String prefix) {
    URL url = ExtractedFiles.class.getClassLoader().getResource(resource);
    if (url == null || !"jar".equals(url.getProtocol())) {
      return Optional.empty();
    }
    try {
      URLConnection c = url.openConnection();
      if (!(c instanceof JarURLConnection jar)) {
        return Optional.empty();
      }
      c.setUseCaches(false);
      long size = jar.getJarEntry().getSize();
      Path folder = root.resolve(prefix + "-" + Long.toHexString(jar.getJarEntry().getCrc()));
      Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
      if (Files.isRegularFile(file) && Files.size(file) == size) {
        return Optional.of(file);
      }
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, file.getFileName().toString(), ".part");
      try {
        try (InputStream in = c.getInputStream()) {
          Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.size(tmp) != size) {
          throw new IOException("extracted " + Files.size(tmp) + " bytes of " + size);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return Optional.of(file);
    } catch (IOException | RuntimeException e) {
      LOG.debug("no plain copy of {}, reading it from the jar: {}", resource, e.getMessage());
      return Optional.empty();
    }
  }
}
