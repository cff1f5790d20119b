package org.citebot.serving;

/** A page could not be fetched; the message says why in words a moderator can act on. */
public final class FetchException extends Exception {
  public FetchException(String message) {
    super(message);
  }
}
