package org.citebot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.citebot.answer.Quote;
import org.citebot.text.Source;
import org.citebot.timeline.Perspective;
import org.citebot.timeline.TimelineEvent;
import org.citebot.timeline.TimelinePage;

/**
 * Turns timeline pages and perspectives into Discord embeds: each quote under a bold heading (the
 * event's date, or the outlet and date), block-quoted with its date expression or topic words in
 * bold and its citation number, and the citations as fields like the answer card. Pure, like
 * {@link DiscordAnswerRenderer}, whose escaping, quote cutting and citation fields it reuses.
 *
 * <p>Limits are kept by sharing the description's room equally between the quotes and cutting
 * each at a word; every event on a page is shown, so that paging never skips one.
 */
final class DiscordViewsRenderer {

  /** Events per timeline page: five quotes with their dates fit one embed without cutting. */
  static final int PAGE_SIZE = 5;
  /** Outlets shown by /perspectives; more would crowd one embed. */
  static final int MAX_OUTLETS = 8;
  static final String CHART_FILE = "timeline.png";
  static final String CHART_URL = "attachment://" + CHART_FILE;

  static final String NO_PERSPECTIVES = "No quotes on that topic.";
  static final String NO_EVENTS_ON_TOPIC = "No dated events on that topic.";
  static final String NO_EVENTS = "The articles mention no dated events.";
  static final String NEED_TOPIC = "Please name a topic, e.g. /perspectives topic: peacekeepers";
  static final String UNAVAILABLE = "Timelines and perspectives are not available on this bot.";

  private static final int COLOR = 0x2B6CB0;
  /** Room for one citation link; keeps all fields of a page well inside the 6,000 total. */
  private static final int LINK_MAX = 300;
  private static final int TOPIC_SHOWN = 100;

  /** A quote under its heading, with the number of its citation field. */
  record Block(String heading, Quote quote, int citation) {}

  /** One page of a timeline; {@code withChart} shows the attached chart as the embed's image. */
  MessageEmbed timelinePage(TimelinePage page, boolean withChart) {
    if (page.events().isEmpty()) {
      throw new IllegalArgumentException("page " + page.page() + " has no events; "
          + "use emptyTimeline(topic) for a timeline without events");
    }
    List<Source> citations = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (TimelineEvent e : page.events()) {
      if (!citations.contains(e.source())) {
        citations.add(e.source());
      }
      blocks.add(new Block("**" + DiscordMarkdown.escape(e.label()) + "**", e.quote(),
          citations.indexOf(e.source()) + 1));
    }
    String title = "Timeline" + page.topic().map(t -> ": " + t.strip()).orElse(" of the articles");
    int last = page.firstNumber() + page.events().size() - 1;
    String footer = (page.total() == 1 ? "1 dated event"
        : "Events " + page.firstNumber() + "–" + last + " of " + page.total())
        + (page.pageCount() > 1 ? " · page " + page.page() + " of " + page.pageCount() : "");
    MessageEmbed embed = card(title, blocks, citations, footer);
    if (!withChart) {
      return embed;
    }
    return new net.dv8tion.jda.api.EmbedBuilder(embed).setImage(CHART_URL).build();
  }

  /** One quote per outlet, labelled with the outlet and the article's date. */
  MessageEmbed perspectives(String topic, List<Perspective> perspectives) {
    if (perspectives.isEmpty()) {
      throw new IllegalArgumentException(
          "perspectives must not be empty; reply with NO_PERSPECTIVES instead");
    }
    List<Perspective> shown = perspectives.subList(0, Math.min(MAX_OUTLETS, perspectives.size()));
    List<Source> citations = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (Perspective p : shown) {
      Source s = p.quote().source();
      if (!citations.contains(s)) {
        citations.add(s);
      }
      blocks.add(new Block("**" + DiscordMarkdown.escape(DiscordMarkdown.cutAtWord(p.label(), 200))
          + "**", p.quote(), citations.indexOf(s) + 1));
    }
    String footer = perspectives.size() > shown.size()
        ? "The best quote of " + shown.size() + " of " + perspectives.size() + " outlets"
        : "The best quote of each outlet (" + shown.size() + ")";
    return card("Perspectives: " + topic.strip(), blocks, citations, footer);
  }

  /** The reply when a timeline has no events. */
  static String emptyTimeline(Optional<String> topic) {
    return topic.map(String::strip).filter(t -> !t.isEmpty()).isPresent()
        ? NO_EVENTS_ON_TOPIC : NO_EVENTS;
  }

  private MessageEmbed card(String rawTitle, List<Block> blocks, List<Source> citations,
      String footer) {
    String title = DiscordAnswerRenderer.fitEscaped(DiscordMarkdown.escape(
        DiscordMarkdown.cutAtWord(rawTitle, TOPIC_SHOWN + 30)), DiscordAnswerRenderer.TITLE_MAX);
    List<MessageEmbed.Field> fields = DiscordAnswerRenderer.citationFields(citations, LINK_MAX);
    int fixed = title.length() + footer.length() + DiscordAnswerRenderer.fieldsLength(fields);
    int budget = Math.min(DiscordAnswerRenderer.DESCRIPTION_MAX,
        DiscordAnswerRenderer.EMBED_TOTAL_MAX - fixed);
    return DiscordAnswerRenderer.embed(title, describe(blocks, budget), fields, footer, COLOR);
  }

  /**
   * The blocks within {@code budget} characters: whole when they fit, else each quote cut to an
   * equal share of the room left by the headings and separators.
   */
  static String describe(List<Block> blocks, int budget) {
    List<String> whole = new ArrayList<>();
    for (Block b : blocks) {
      whole.add(b.heading() + "\n" + DiscordQuotes.render(b.quote(), b.citation(),
          Integer.MAX_VALUE));
    }
    String joined = join(whole);
    if (joined.length() <= budget) {
      return joined;
    }
    int fixed = 2 * (blocks.size() - 1);
    for (Block b : blocks) {
      fixed += b.heading().length() + 1;
    }
    int share = Math.max(1, (budget - fixed) / blocks.size());
    List<String> cut = new ArrayList<>();
    for (Block b : blocks) {
      cut.add(b.heading() + "\n"
          + DiscordQuotes.render(b.quote(), b.citation(), share));
    }
    // A quote too short to cut still shows "…" and its number, which can exceed a tiny share:
    // then the last blocks go, so that the limit holds whatever the caller's page size.
    while (cut.size() > 1 && join(cut).length() > budget) {
      cut.remove(cut.size() - 1);
    }
    return join(cut);
  }

  private static String join(List<String> blocks) {
    return String.join("\n\n", blocks);
  }
}
