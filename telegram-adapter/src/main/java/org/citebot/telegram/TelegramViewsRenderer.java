package org.citebot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citebot.dates.ResolvedDate;
import org.citebot.text.Source;
import org.citebot.timeline.Perspective;
import org.citebot.timeline.TimelineEvent;
import org.citebot.timeline.TimelinePage;

/**
 * Timeline pages and perspectives as Telegram HTML, built from the answer renderer's pieces
 * ({@link TelegramHtmlRenderer#quoteBlock}, citations, escaping), so that they show and escape
 * quotes exactly as answers do. Pure: no network, no state.
 *
 * <p>A timeline page is always one message, because paging edits it in place: when its quotes do
 * not fit, each is shortened at a word to an equal share of the room. Perspectives may take
 * several messages, split only between outlets.
 */
final class TelegramViewsRenderer {

  /** Events per timeline page. */
  static final int PAGE_SIZE = 5;
  /** Outlets shown by /perspectives. */
  static final int MAX_OUTLETS = 8;
  /** The least room an event's quote block needs: its date line, tags, a few words and "[n]". */
  static final int MIN_EVENT_ROOM = 160;
  /** Telegram's limit for a photo caption. */
  static final int CAPTION_MAX = 1024;

  static final String NO_PERSPECTIVES = "No quotes on that topic.";
  static final String NO_EVENTS_ON_TOPIC = "No dated events on that topic.";
  static final String NO_EVENTS = "The articles mention no dated events.";
  static final String NEED_TOPIC = "Please name a topic, e.g. /perspectives peacekeepers";
  static final String UNAVAILABLE = "Timelines and perspectives are not available on this bot.";

  /** Topics are echoed this far; escaping may make them up to five times longer. */
  private static final int TOPIC_SHOWN = 60;

  private final TelegramHtmlRenderer base;
  private final int pageSize;

  /**
   * @param base the answer renderer, whose limit applies here too
   * @param pageSize events per page; the limit must leave {@value #MIN_EVENT_ROOM} characters for
   *     each besides the page's header and citations
   */
  TelegramViewsRenderer(TelegramHtmlRenderer base, int pageSize) {
    this.base = base;
    if (pageSize < 1 || base.limit() < 2 * pageSize * MIN_EVENT_ROOM) {
      throw new IllegalArgumentException("illegal pageSize " + pageSize + " for a message limit of "
          + base.limit() + ", must be between 1 and " + base.limit() / (2 * MIN_EVENT_ROOM));
    }
    this.pageSize = pageSize;
  }

  int pageSize() {
    return pageSize;
  }

  /** One page of a timeline as one message: a heading, each event dated and quoted, citations. */
  String timelinePage(TimelinePage page) {
    if (page.events().isEmpty()) {
      throw new IllegalArgumentException("page " + page.page() + " has no events; "
          + "use emptyTimeline(topic) for a timeline without events");
    }
    if (page.events().size() > pageSize) {
      throw new IllegalArgumentException("page of " + page.events().size()
          + " events, must hold at most " + pageSize);
    }
    List<Source> sources = new ArrayList<>();
    for (TimelineEvent e : page.events()) {
      if (!sources.contains(e.source())) {
        sources.add(e.source());
      }
    }
    int last = page.firstNumber() + page.events().size() - 1;
    String head = "<b>" + Html.text(title(page.topic())) + "</b>\n<i>"
        + (page.total() == 1 ? "1 dated event"
            : "Events " + page.firstNumber() + "–" + last + " of " + page.total())
        + (page.pageCount() > 1 ? " · page " + page.page() + " of " + page.pageCount() : "")
        + "</i>";
    String citations = citations(sources, false);
    if (citations.length() > base.limit() / 3) {
      // Very long titles or links: cite by outlet and date alone, so the quotes keep their room.
      citations = citations(sources, true);
    }
    String sep = MessagePacker.SEPARATOR;
    int fixed = head.length() + citations.length() + sep.length() * (page.events().size() + 1);
    int room = base.limit() - fixed;
    List<String> blocks = new ArrayList<>();
    for (TimelineEvent e : page.events()) {
      blocks.add(base.quoteBlock(e.quote(), "[" + (sources.indexOf(e.source()) + 1) + "]",
          base.limit()));
    }
    if (String.join(sep, blocks).length() > room) {
      int share = room / page.events().size();
      blocks.clear();
      for (TimelineEvent e : page.events()) {
        blocks.add(base.quoteBlock(e.quote(), "[" + (sources.indexOf(e.source()) + 1) + "]",
            share));
      }
    }
    return head + sep + String.join(sep, blocks) + sep + citations;
  }

  /** The chart's caption: plain text, no markup. */
  static String chartCaption(Optional<String> topic, int events) {
    String caption = title(topic) + ": " + events + (events == 1 ? " dated event" : " dated events");
    return TelegramHtmlRenderer.shorten(caption, CAPTION_MAX - 1);
  }

  /** The reply when a timeline has no events. */
  static String emptyTimeline(Optional<String> topic) {
    return Html.text(topic.map(String::strip).filter(t -> !t.isEmpty()).isPresent()
        ? NO_EVENTS_ON_TOPIC : NO_EVENTS);
  }

  /**
   * One quote per outlet, each in a blockquote under "<b>Outlet</b>, date" and above the linked
   * article title; several messages when long, split only between outlets.
   */
  List<String> perspectives(String topic, List<Perspective> perspectives) {
    if (perspectives.isEmpty()) {
      return List.of(Html.text(NO_PERSPECTIVES));
    }
    List<Perspective> shown = perspectives.subList(0, Math.min(MAX_OUTLETS, perspectives.size()));
    List<String> blocks = new ArrayList<>();
    blocks.add("<b>Perspectives: " + Html.text(TelegramHtmlRenderer.shorten(topic.strip(),
        TOPIC_SHOWN)) + "</b>\n<i>" + (perspectives.size() > shown.size()
            ? "The best quote of " + shown.size() + " of " + perspectives.size() + " outlets"
            : "The best quote of each outlet (" + shown.size() + ")") + "</i>");
    for (Perspective p : shown) {
      Source s = p.quote().source();
      String label = "<b>" + Html.text(TelegramHtmlRenderer.shorten(p.outlet(), 200)) + "</b>"
          + s.publishedDate().map(d -> ", " + ResolvedDate.day(d).label()).orElse("");
      String cite = "— " + TelegramHtmlRenderer.titleLink(s);
      if (cite.length() > base.limit() / 3) {
        cite = "— " + Html.text(TelegramHtmlRenderer.shorten(s.title(), 100));
      }
      blocks.add(label + "\n" + base.quoteBlock(p.quote(), cite, base.limit() - label.length() - 1));
    }
    return MessagePacker.pack(blocks, base.limit());
  }

  private String citations(List<Source> sources, boolean plain) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      lines.add(plain ? Html.text(base.plainCitation(i + 1, sources.get(i)))
          : base.citation(i + 1, sources.get(i)));
    }
    return String.join("\n", lines);
  }

  private static String title(Optional<String> topic) {
    return topic.map(String::strip).filter(t -> !t.isEmpty())
        .map(t -> "Timeline: " + TelegramHtmlRenderer.shorten(t, TOPIC_SHOWN))
        .orElse("Timeline of the articles");
  }
}
