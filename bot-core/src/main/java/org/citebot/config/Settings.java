package org.citebot.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Configuration values by key (the environment variable names, e.g. {@code DISCORD_TOKEN}).
 * Environment variables win over the optional properties file. A secret {@code KEY} may instead
 * be given as {@code KEY_FILE}, naming a file that holds it (container secrets).
 */
public final class Settings {

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Settings from the given map only (tests, embedding). */
  public static Settings of(Map<String, String> values) {
    return new Settings(new HashMap<>(values));
  }

  /** The environment, over the properties file's values when one is given. */
  public static Settings load(Map<String, String> environment, Map<String, String> fileValues) {
    Map<String, String> merged = new HashMap<>(fileValues);
    merged.putAll(environment);
    return new Settings(merged);
  }

  /** A value, if set and not blank. */
  public Optional<String> get(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  public String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  /**
   * An integer value, or the default when unset.
   *
   * @throws ConfigException when set but not an integer within [min, max]
   */
  public int getInt(String key, int defaultValue, int min, int max) {
    Optional<String> v = get(key);
    if (v.isEmpty()) {
      return defaultValue;
    }
    try {
      int i = Integer.parseInt(v.get());
      if (i < min || i > max) {
        throw new ConfigException(key + "=" + v.get() + " is out of range, must be between "
            + min + " and " + max);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new ConfigException(key + "=" + v.get() + " is not a whole number");
    }
  }

  /**
   * A secret from {@code key}, or from the file named by {@code key_FILE}.
   *
   * @throws ConfigException when the file is named but cannot be read, or holds only white space
   *     (an operator who named a file meant to set the secret: "not set" would send them looking
   *     in the wrong place)
   */
  public Optional<String> secret(String key) {
    Optional<String> direct = get(key);
    if (direct.isPresent()) {
      return direct;
    }
    String fileKey = key + "_FILE";
    Optional<String> file = get(fileKey);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    String s;
    try {
      s = Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).trim();
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigException(fileKey + "=" + file.get() + " cannot be read: no such file");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new ConfigException(fileKey + "=" + file.get() + " cannot be read: "
          + oneLine(e.getMessage()));
    }
    if (s.isEmpty()) {
      throw new ConfigException(fileKey + "=" + file.get() + " is empty; put " + key
          + " in that file, or unset " + fileKey);
    }
    return Optional.of(s);
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
  }

  /** All keys and values, with anything that looks secret masked, for display. */
  public Map<String, String> masked() {
    Map<String, String> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(k, isSecretKey(k) ? mask(v) : v));
    return out;
  }

  public static boolean isSecretKey(String key) {
    return key.contains("TOKEN") || key.contains("SECRET") || key.contains("PASSWORD");
  }

  private static String mask(String v) {
    return v == null || v.isEmpty() ? "" : "****";
  }
}
