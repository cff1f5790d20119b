package org.citebot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs rendered HTML blocks (a quote with its citation, a header, a footer) into as few messages
 * as fit Telegram's limit. Messages are split only between blocks, so a tag or an entity is never
 * cut in two.
 */
final class MessagePacker {

  /**
   * Telegram's limit for a message's text. Telegram counts the text after entity parsing; the HTML
   * source is always at least as long, so counting the source is conservative.
   */
  static final int TELEGRAM_LIMIT = 4096;

  static final String SEPARATOR = "\n\n";

  private MessagePacker() {}

  /**
   * @param blocks complete HTML fragments, each at most {@code maxLength} characters
   * @param maxLength the longest message allowed
   * @return the messages, in order, each at most {@code maxLength} characters
   * @throws IllegalArgumentException when a block alone is longer than {@code maxLength}
   */
  static List<String> pack(List<String> blocks, int maxLength) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String block : blocks) {
      if (block.length() > maxLength) {
        throw new IllegalArgumentException("block of length " + block.length()
            + " exceeds the message limit " + maxLength + "; blocks must be cut before packing");
      }
      if (block.isEmpty()) {
        continue;
      }
      if (current.isEmpty()) {
        current.append(block);
      } else if (current.length() + SEPARATOR.length() + block.length() <= maxLength) {
        current.append(SEPARATOR).append(block);
      } else {
        messages.add(current.toString());
        current.setLength(0);
        current.append(block);
      }
    }
    if (!current.isEmpty()) {
      messages.add(current.toString());
    }
    return List.copyOf(messages);
  }
}
