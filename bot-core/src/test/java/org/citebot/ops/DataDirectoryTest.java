package org.citebot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.citebot.config.ConfigException;
import org.citebot.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  @TempDir Path tmp;

  @Test
  void prepare_firstStart_createsDirectoryAndCopiesTheDefaultCorpus() throws IOException {
    Path root = tmp.resolve("new/data");

    DataDirectory d = DataDirectory.prepare(root, true);

    assertTrue(Files.isDirectory(root));
    assertEquals(root.resolve("corpus"), d.corpus());
    assertEquals(CorpusLoader.loadDefault().articles().size(),
        CorpusLoader.load(d.corpus()).articles().size());
    assertEquals(root.resolve("feedback.jsonl"), d.feedbackLog(d.corpus()));
    assertEquals(root.resolve("audit.jsonl"), d.auditLog(d.corpus()));
    assertEquals(List.of("corpus"), names(root), "no temporary files left behind");
  }

  @Test
  void prepare_secondStart_keepsTheModeratorsCorpus() throws IOException {
    DataDirectory first = DataDirectory.prepare(tmp, true);
    List<String> files = names(first.corpus());
    Files.delete(first.corpus().resolve(files.get(0)));
    Files.writeString(first.corpus().resolve("zz_new.md"), "# Added by a moderator\n");

    DataDirectory.prepare(tmp, true);

    List<String> after = names(first.corpus());
    assertFalse(after.contains(files.get(0)), "a deleted article stays deleted");
    assertTrue(after.contains("zz_new.md"));
  }

  @Test
  void prepare_withOtherCorpusConfigured_copiesNothing() throws IOException {
    DataDirectory.prepare(tmp, false);

    assertEquals(List.of(), names(tmp));
  }

  @Test
  void prepare_pathUnderAFile_failsWithOneLine() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    Path root = file.resolve("data");

    ConfigException e = assertThrows(ConfigException.class,
        () -> DataDirectory.prepare(root, true));

    assertTrue(e.getMessage().startsWith("CITEBOT_DATA_DIR=" + root + " cannot be created: "),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void prepare_readOnlyDirectory_failsWithOneLine() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")),
        "root may write anywhere, so permissions cannot make a directory unwritable");
    Path root = Files.createDirectory(tmp.resolve("ro"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("r-xr-xr-x"));

    ConfigException e = assertThrows(ConfigException.class,
        () -> DataDirectory.prepare(root, true));

    assertEquals("CITEBOT_DATA_DIR=" + root + " is not writable by this user: permission denied",
        e.getMessage());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
