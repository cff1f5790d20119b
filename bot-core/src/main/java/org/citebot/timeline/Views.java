package org.citebot.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citebot.retrieval.PassageIndex;

/**
 * The corpus views chat adapters offer besides answers: the timeline of dated events (as pages
 * and as a chart) and one quote per outlet on a topic. A port, so that adapters depend on what
 * they show rather than on how the core builds it. Implementations are thread-safe and never
 * throw for user text.
 */
public interface Views {

  /** Chart size that reads well in a chat preview. */
  int CHART_WIDTH = 1200;
  int CHART_HEIGHT = 600;

  /**
   * One page of the timeline about a topic (empty or blank: the whole corpus); a page past the
   * end gives the last page.
   *
   * @param pageSize 1 to {@value TimelineService#MAX_PAGE_SIZE}
   */
  TimelinePage timeline(Optional<String> topic, int page, int pageSize);

  /** At most one quote per outlet on the topic, best first; empty when nothing matches. */
  List<Perspective> perspectives(String topic);

  /** The timeline about a topic as a {@value #CHART_WIDTH}x{@value #CHART_HEIGHT} PNG. */
  byte[] timelineChart(Optional<String> topic);

  /** Views of one index; builds the timeline (every dated sentence) once, here. */
  static Views of(PassageIndex index) {
    Objects.requireNonNull(index, "index");
    TimelineService timeline = new TimelineService(index);
    PerspectivesService perspectives = new PerspectivesService(index);
    return new Views() {
      @Override
      public TimelinePage timeline(Optional<String> topic, int page, int pageSize) {
        return timeline.timeline(topic, page, pageSize);
      }

      @Override
      public List<Perspective> perspectives(String topic) {
        return perspectives.perspectives(topic);
      }

      @Override
      public byte[] timelineChart(Optional<String> topic) {
        List<TimelineEvent> events = timeline.events(topic);
        String about = topic.map(String::strip).filter(t -> !t.isEmpty())
            .map(t -> "Timeline: " + (t.length() > 60 ? t.substring(0, 60) + "…" : t))
            .orElse("Timeline");
        return TimelineChart.png(events, CHART_WIDTH, CHART_HEIGHT,
            about + " (" + events.size() + (events.size() == 1 ? " dated event)" : " dated events)"));
      }
    };
  }
}
