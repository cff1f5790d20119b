package org.citebot.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The project's shared evaluation data, which lives beside the repository ({@code ../shared})
 * because of its size. Tests that need it skip, saying why, when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Optional<Path> find(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
