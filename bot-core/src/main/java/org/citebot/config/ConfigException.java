package org.citebot.config;

/** A configuration value is missing or malformed; the message is one line fit for an operator. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
