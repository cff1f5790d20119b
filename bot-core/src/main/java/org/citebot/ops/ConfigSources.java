package org.citebot.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.citebot.config.ConfigException;
import org.citebot.config.Settings;

/**
 * Where configuration comes from: the environment and, optionally, a properties file whose keys
 * are the environment variable names. The environment wins, so one file can serve several
 * deployments that differ in a variable or two.
 *
 * @param environment the process environment
 * @param file the properties file's values, empty without {@code --config}
 * @param configFile the properties file, or null
 */
public record ConfigSources(Map<String, String> environment, Map<String, String> file,
    Path configFile) {

  public ConfigSources {
    environment = Map.copyOf(environment);
    file = Map.copyOf(file);
    if (configFile == null && !file.isEmpty()) {
      throw new IllegalArgumentException("file values need the configFile they came from");
    }
  }

  /** The environment alone. */
  public static ConfigSources environmentOnly(Map<String, String> environment) {
    return new ConfigSources(environment, Map.of(), null);
  }

  /**
   * The environment over the properties file {@code configFile} (UTF-8), if not null.
   *
   * @throws ConfigException when the file cannot be read
   */
  public static ConfigSources load(Map<String, String> environment, Path configFile) {
    if (configFile == null) {
      return environmentOnly(environment);
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (NoSuchFileException e) {
      throw new ConfigException("--config " + configFile + ": file not found");
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("--config " + configFile + " cannot be read: " + e.getMessage());
    }
    Map<String, String> values = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> values.put(k.strip(), p.getProperty(k).strip()));
    return new ConfigSources(environment, values, configFile);
  }

  /** The merged settings that the bot and its adapters read. */
  public Settings settings() {
    // A variable set to blank (a compose file's "KEY=") means unset, not "hide the file's value".
    Map<String, String> env = new TreeMap<>();
    environment.forEach((k, v) -> {
      if (isSet(v)) {
        env.put(k, v);
      }
    });
    return Settings.load(env, file);
  }

  /** Where the value of {@code key} comes from: "environment", "file NAME" or "default". */
  public String origin(String key) {
    if (isSet(environment.get(key))) {
      return "environment";
    }
    if (isSet(file.get(key))) {
      return "file " + configFile;
    }
    return "default";
  }

  /** Keys in the properties file that citebot does not know: most likely typos. */
  public List<String> unknownFileKeys() {
    List<String> out = new ArrayList<>();
    for (String k : new TreeMap<>(file).keySet()) {
      if (ConfigKeys.find(k).isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  private static boolean isSet(String v) {
    return v != null && !v.isBlank();
  }
}
