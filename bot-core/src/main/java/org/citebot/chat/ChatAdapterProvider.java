package org.citebot.chat;

import org.citebot.config.ConfigException;
import org.citebot.config.Settings;

/**
 * Service-provider interface through which the core finds chat adapters at run time
 * ({@link java.util.ServiceLoader}), so that it never depends on a chat library.
 */
public interface ChatAdapterProvider {

  /** The platform name and CLI subcommand, e.g. "discord". */
  String name();

  /** Whether the settings hold what this adapter needs to start (its token). */
  boolean isConfigured(Settings settings);

  /** The environment variable that configures it, for "set X to start" messages. */
  String tokenVariable();

  /**
   * Checks this adapter's settings without connecting, so that a malformed token or id stops the
   * start with one clear line before anything is loaded. The default checks nothing.
   *
   * @throws ConfigException naming the first bad setting
   */
  default void validate(Settings settings) {}

  /**
   * Connects and starts answering.
   *
   * @throws ConfigException when a setting is missing or malformed (one clear line)
   */
  ChatAdapter start(BotContext context) throws Exception;
}
