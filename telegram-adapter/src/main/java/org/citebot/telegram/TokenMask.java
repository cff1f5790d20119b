package org.citebot.telegram;

import java.util.regex.Pattern;

/**
 * Removes bot tokens from text before it is logged. The token is part of every Bot API URL, so
 * any message that might quote a URL goes through here.
 */
final class TokenMask {

  private static final Pattern ANY_TOKEN = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");

  private final String token;

  TokenMask(String token) {
    this.token = token;
  }

  String mask(String text) {
    if (text == null) {
      return null;
    }
    String s = token == null || token.isEmpty() ? text : text.replace(token, "<token>");
    return ANY_TOKEN.matcher(s).replaceAll("<token>");
  }

  /** An exception's class and message, and those of its causes, with tokens masked. */
  String describe(Throwable t) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (Throwable c = t; c != null && depth < 5; c = c.getCause(), depth++) {
      if (depth > 0) {
        out.append(" <- ");
      }
      out.append(c.getClass().getSimpleName());
      if (c.getMessage() != null) {
        out.append(": ").append(c.getMessage());
      }
    }
    return mask(out.toString());
  }
}
