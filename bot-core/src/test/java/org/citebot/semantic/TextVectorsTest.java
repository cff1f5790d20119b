package org.citebot.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextVectorsTest {

  @Test
  void written_readBack_giveEachTextItsVector(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("v.bin");
    TextVectors.write(Map.of("The road is closed.", new float[] {0.6f, 0.8f},
        "Baku set up a checkpoint.", new float[] {1f, 0f}), file);
    TextVectors v;
    try (InputStream in = Files.newInputStream(file)) {
      v = TextVectors.read(in);
    }
    assertEquals(2, v.size());
    assertArrayEquals(new float[] {0.6f, 0.8f}, v.get("The road is closed."));
    assertArrayEquals(new float[] {1f, 0f}, v.get("Baku set up a checkpoint."));
    assertNull(v.get("The road is closed"), "another text, if only by a full stop");
  }

  @Test
  void before_asksTheModelOnlyForTextsWithoutAStoredVector(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("v.bin");
    TextVectors.write(Map.of("stored", new float[] {1f, 0f}), file);
    TextVectors v;
    try (InputStream in = Files.newInputStream(file)) {
      v = TextVectors.read(in);
    }
    List<String> asked = new ArrayList<>();
    TextEmbedder e = v.before(text -> {
      asked.add(text);
      return new float[] {0f, 1f};
    });
    assertArrayEquals(new float[] {1f, 0f}, e.embed("stored"));
    assertArrayEquals(new float[] {0f, 1f}, e.embed("new"));
    assertEquals(List.of("new"), asked);
  }

  @Test
  void read_aFileOfAnotherKind_isRefused() {
    assertThrows(IOException.class,
        () -> TextVectors.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 0, 0, 0, 1})));
  }

  @Test
  void write_vectorsOfDifferentLengths_isRefused(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> TextVectors.write(
        new java.util.TreeMap<>(Map.of("a", new float[] {1f}, "b", new float[] {1f, 0f})),
        dir.resolve("v.bin")));
  }
}
