package org.citebot.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.citebot.text.Hashes;

/**
 * A cheap fingerprint of a corpus directory from its files' names, sizes and modification times,
 * without reading contents: polled every few seconds to notice changes made by another process,
 * and compared at start with the snapshot's to skip re-reading an unchanged directory. Hidden
 * files (names starting with {@code .}) are left out: they are our own files in the making.
 */
final class DirectoryFingerprint {

  private DirectoryFingerprint() {}

  /** @throws IOException when the directory cannot be listed */
  static String of(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("corpus directory not found: " + dir);
    }
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
          // Vanished between listing and reading: the next poll sees the settled state.
          continue;
        }
        if (a.isRegularFile()) {
          lines.add(name + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
        }
      }
    }
    lines.sort(null);
    return Hashes.sha256(String.join("\n", lines));
  }
}
