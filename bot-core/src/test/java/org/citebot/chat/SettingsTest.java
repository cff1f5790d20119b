package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @Test
  void secret_fromFile_isReadAndTrimmed(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("token");
    Files.writeString(f, "abc.def.ghi\n");
    Settings s = Settings.of(Map.of("DISCORD_TOKEN_FILE", f.toString()));
    assertEquals(Optional.of("abc.def.ghi"), s.secret("DISCORD_TOKEN"));
  }

  @Test
  void secret_unreadableFile_failsWithOneLine() {
    Settings s = Settings.of(Map.of("X_TOKEN_FILE", "/no/such/file"));
    ConfigException e = assertThrows(ConfigException.class, () -> s.secret("X_TOKEN"));
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void secret_emptyFile_isReportedAsEmptyNotAsUnset(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("token");
    Files.writeString(f, " \n");
    Settings s = Settings.of(Map.of("TELEGRAM_BOT_TOKEN_FILE", f.toString()));

    ConfigException e = assertThrows(ConfigException.class, () -> s.secret("TELEGRAM_BOT_TOKEN"));

    assertEquals("TELEGRAM_BOT_TOKEN_FILE=" + f + " is empty; put TELEGRAM_BOT_TOKEN in that file,"
        + " or unset TELEGRAM_BOT_TOKEN_FILE", e.getMessage());
  }

  @Test
  void secret_missingFile_saysNoSuchFileInOneLine() {
    Settings s = Settings.of(Map.of("X_TOKEN_FILE", "/no/such/file"));

    assertEquals("X_TOKEN_FILE=/no/such/file cannot be read: no such file",
        assertThrows(ConfigException.class, () -> s.secret("X_TOKEN")).getMessage());
  }

  @Test
  void getInt_badValues_nameTheKeyAndValue() {
    Settings s = Settings.of(Map.of("A", "x", "B", "0"));
    assertEquals("A=x is not a whole number",
        assertThrows(ConfigException.class, () -> s.getInt("A", 5, 1, 10)).getMessage());
    assertEquals("B=0 is out of range, must be between 1 and 10",
        assertThrows(ConfigException.class, () -> s.getInt("B", 5, 1, 10)).getMessage());
    assertEquals(5, s.getInt("C", 5, 1, 10));
  }

  @Test
  void masked_hidesTokens() {
    Settings s = Settings.of(Map.of("DISCORD_TOKEN", "secret", "CITEBOT_DATA_DIR", "d"));
    assertEquals(Map.of("CITEBOT_DATA_DIR", "d", "DISCORD_TOKEN", "****"), s.masked());
  }
}
