package org.citebot.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain copies of resources inside jars, made for real from a jar on the class path. */
class ExtractedFilesTest {

  /** A small resource that the build takes from a jar (picocli's). */
  private static final String IN_A_JAR = "picocli/CommandLine.class";

  @Test
  void of_aResourceInAJar_isCopiedOnce_withTheSameBytes(@TempDir Path dir) throws IOException {
    Optional<Path> copy = ExtractedFiles.of(IN_A_JAR, dir, "test");
    assertTrue(copy.isPresent());
    byte[] original;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(IN_A_JAR)) {
      original = in.readAllBytes();
    }
    assertArrayEquals(original, Files.readAllBytes(copy.get()));
    FileTime written = FileTime.fromMillis(0);
    Files.setLastModifiedTime(copy.get(), written);
    assertEquals(copy, ExtractedFiles.of(IN_A_JAR, dir, "test"));
    assertEquals(written, Files.getLastModifiedTime(copy.get()), "the copy is reused");
    try (var files = Files.list(copy.get().getParent())) {
      assertEquals(1, files.count(), "no temporary file is left");
    }
    assertTrue(copy.get().getParent().getFileName().toString().matches("test-[0-9a-f]+"),
        "the folder is named after the entry's checksum: " + copy.get());
  }

  @Test
  void of_aTruncatedCopy_isReplaced(@TempDir Path dir) throws IOException {
    Path copy = ExtractedFiles.of(IN_A_JAR, dir, "test").orElseThrow();
    long size = Files.size(copy);
    Files.write(copy, new byte[10]);
    assertEquals(size, Files.size(ExtractedFiles.of(IN_A_JAR, dir, "test").orElseThrow()));
  }

  @Test
  void of_aResourceOutsideAJar_orMissing_isEmpty(@TempDir Path dir) {
    // The shipped static vectors are a plain file under target/classes in the build.
    assertEquals(Optional.empty(), ExtractedFiles.of(StaticVectors.RESOURCE, dir, "test"));
    assertEquals(Optional.empty(), ExtractedFiles.of("no/such/resource.bin", dir, "test"));
  }
}
