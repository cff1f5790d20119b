package org.citebot.serving;

/**
 * A moderator action that changed nothing; the message says why, in words fit to show to the
 * moderator.
 */
public final class AdminException extends Exception {
  public AdminException(String message) {
    super(message);
  }

  public AdminException(String message, Throwable cause) {
    super(message, cause);
  }
}
