package org.citebot.chat;

/** A running connection to one chat platform. */
public interface ChatAdapter extends AutoCloseable {

  /** The platform name, e.g. "discord". */
  String name();

  /** Whether the adapter is connected and taking questions (for readiness checks). */
  boolean isReady();

  /** Stops taking questions, lets those in flight finish (bounded), and disconnects. */
  @Override
  void close();
}
