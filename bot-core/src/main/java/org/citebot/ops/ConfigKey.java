package org.citebot.ops;

import java.util.regex.Pattern;

/**
 * One configuration key: an environment variable name that may also appear in the {@code --config}
 * properties file.
 *
 * @param name the variable name, upper case, e.g. {@code CITEBOT_HTTP_ADDR}
 * @param defaultValue what applies when unset, or null when unset means "not used"
 * @param secret whether the value is a secret: masked on display, also read from {@code name_FILE}
 * @param description one line for the README and {@code citebot config}
 */
public record ConfigKey(String name, String defaultValue, boolean secret, String description) {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  public ConfigKey {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "illegal key name: " + name + ", must be upper case letters, digits and _");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("key " + name + " needs a description");
    }
  }

  /** The {@code KEY_FILE} variant that names a file holding a secret. */
  public String fileVariant() {
    return name + "_FILE";
  }
}
