package org.citebot.discord;

import java.util.Objects;
import java.util.Optional;

/**
 * A timeline shown with page buttons, as its buttons find it again.
 *
 * @param topic its topic, or empty for the whole corpus
 * @param chart whether its message carries the chart, so later pages can show it too
 */
record ShownTimeline(Optional<String> topic, boolean chart) {

  ShownTimeline {
    Objects.requireNonNull(topic, "topic");
  }
}
