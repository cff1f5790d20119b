package org.citebot.discord;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Timelines recently shown, for their page buttons. */
final class RecentTimelines extends RecentlyShown<RecentTimelines.Entry> {

  /**
   * A shown timeline.
   *
   * @param topic its topic, or empty for the whole corpus
   * @param chart whether its message carries the chart, so later pages can show it too
   */
  record Entry(Optional<String> topic, boolean chart) {
    Entry {
      Objects.requireNonNull(topic, "topic");
    }
  }

  RecentTimelines(int maximumSize, Duration maximumAge) {
    super(maximumSize, maximumAge);
  }
}
