package org.citebot.telegram;

import java.util.Objects;
import java.util.Optional;

/**
 * A timeline shown with page buttons, as its buttons find it again.
 *
 * @param topic its topic, or empty for the whole corpus
 */
record ShownTimeline(Optional<String> topic) {

  ShownTimeline {
    Objects.requireNonNull(topic, "topic");
  }
}
