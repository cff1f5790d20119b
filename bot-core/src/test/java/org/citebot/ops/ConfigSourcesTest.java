package org.citebot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citebot.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourcesTest {

  @TempDir Path dir;

  @Test
  void settings_environmentWinsOverFile() throws IOException {
    Path file = write("CITEBOT_RATE_LIMIT = 9\nCITEBOT_CACHE_SIZE=50\n");

    ConfigSources s = ConfigSources.load(Map.of("CITEBOT_RATE_LIMIT", "3"), file);

    assertEquals("3", s.settings().get("CITEBOT_RATE_LIMIT").orElseThrow());
    assertEquals("50", s.settings().get("CITEBOT_CACHE_SIZE").orElseThrow());
    assertEquals("environment", s.origin("CITEBOT_RATE_LIMIT"));
    assertEquals("file " + file, s.origin("CITEBOT_CACHE_SIZE"));
    assertEquals("default", s.origin("CITEBOT_DATA_DIR"));
  }

  @Test
  void origin_blankEnvironmentValue_doesNotHideTheFile() throws IOException {
    Path file = write("CITEBOT_CACHE_SIZE=50\n");

    ConfigSources s = ConfigSources.load(Map.of("CITEBOT_CACHE_SIZE", " "), file);

    assertEquals("file " + file, s.origin("CITEBOT_CACHE_SIZE"));
    assertEquals("50", s.settings().get("CITEBOT_CACHE_SIZE").orElseThrow());
  }

  @Test
  void unknownFileKeys_namesTyposButNotSecretFileVariants() throws IOException {
    Path file = write("CITEBOT_HTTP_ADRR=off\nDISCORD_TOKEN_FILE=/run/secrets/d\n");

    assertEquals(List.of("CITEBOT_HTTP_ADRR"),
        ConfigSources.load(Map.of(), file).unknownFileKeys());
  }

  @Test
  void load_missingFile_failsWithOneLine() {
    Path missing = dir.resolve("nope.properties");

    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigSources.load(Map.of(), missing));

    assertEquals("--config " + missing + ": file not found", e.getMessage());
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("citebot.properties");
    Files.writeString(f, text);
    return f;
  }
}
