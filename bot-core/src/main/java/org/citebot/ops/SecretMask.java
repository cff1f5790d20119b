package org.citebot.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The secrets of this process (chat tokens), so that the log encoder can blank them out of every
 * line, whatever library wrote it: HTTP clients like to log URLs, and a Telegram URL holds the
 * token.
 *
 * <p>A static registry, unlike everything else here, because Logback creates the encoder from
 * {@code logback.xml} before {@code main} wires anything.
 */
public final class SecretMask {

  static final String MASK = "****";
  /** Shorter values would mask ordinary words; real tokens are far longer. */
  static final int MIN_LENGTH = 8;

  private static final List<String> SECRETS = new CopyOnWriteArrayList<>();

  private SecretMask() {}

  /** Masks {@code secret} in all log output from now on. Blank or short values are ignored. */
  public static void register(String secret) {
    if (secret != null && secret.strip().length() >= MIN_LENGTH
        && !SECRETS.contains(secret.strip())) {
      SECRETS.add(secret.strip());
    }
  }

  /** {@code text} with every registered secret replaced by {@value #MASK}. */
  public static String mask(String text) {
    if (text == null || SECRETS.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : SECRETS) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  /** Forgets every secret (tests only). */
  static void clear() {
    SECRETS.clear();
  }
}
