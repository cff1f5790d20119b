package org.citebot.discord;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.citebot.answer.Answer;
import org.citebot.answer.SourceSummary;
import org.citebot.chat.BotTexts;
import org.citebot.chat.OutgoingText;
import org.citebot.dates.ReadableDates;
import org.citebot.render.AnswerLayout;
import org.citebot.render.AnswerTexts;
import org.citebot.render.CitationLine;
import org.citebot.render.NumberedQuote;
import org.citebot.render.Page;
import org.citebot.render.TextCut;
import org.citebot.text.Source;

/**
 * Turns answers into Discord embeds: the core's {@link AnswerLayout} with quotes as block quotes,
 * the matched words in bold, numbered citations with masked links, and a footer. Pure (no
 * network), so every limit and escape is unit-tested.
 *
 * <p>Discord's limits are kept by dropping whole quotes (lowest ranked first), and only then by
 * cutting the last quote at a word with an ellipsis. Cuts are made in the plain text before
 * markup is added, so no cut ever falls inside markup or an escape.
 */
public final class DiscordAnswerRenderer {

  static final int CONTENT_MAX = Message.MAX_CONTENT_LENGTH;
  static final int TITLE_MAX = MessageEmbed.TITLE_MAX_LENGTH;
  static final int DESCRIPTION_MAX = MessageEmbed.DESCRIPTION_MAX_LENGTH;
  static final int FIELD_NAME_MAX = MessageEmbed.TITLE_MAX_LENGTH;
  static final int FIELD_VALUE_MAX = MessageEmbed.VALUE_MAX_LENGTH;
  static final int EMBED_TOTAL_MAX = MessageEmbed.EMBED_MAX_LENGTH_BOT;
  static final int SOURCES_PER_PAGE = 10;

  public static final String NO_MORE_SOURCES = "No more sources for this question.";

  private static final int COLOR_ANSWER = 0x2B6CB0;
  private static final int COLOR_ABSTAIN = 0x718096;
  /** Shortest useful piece of a cut quote; below this the quote is dropped instead. */
  private static final int MIN_QUOTE_CHARS = 40;

  private final IntSupplier articleCount;

  /**
   * @param articleCount the number of articles in the corpus now, read at every render so that
   *     the footer follows the corpus as moderators add and remove articles
   */
  public DiscordAnswerRenderer(IntSupplier articleCount) {
    this.articleCount = Objects.requireNonNull(articleCount, "articleCount");
  }

  /** The answer card: its quotes when answered, otherwise the abstention. */
  public MessageEmbed answer(Answer answer) {
    AnswerLayout layout = AnswerLayout.of(answer);
    if (!layout.details().isEmpty()) {
      return details(layout);
    }
    return layout.answered() ? quotes(layout) : abstention(layout);
  }

  /**
   * The further quotes for "More sources", or empty text when there are none. The card lists its
   * own citations, so its numbering starts again at [1].
   */
  public MessageCreateData more(Answer answer) {
    if (answer.more().isEmpty()) {
      return text(NO_MORE_SOURCES);
    }
    return embedMessage(quotes(AnswerLayout.ofQuotes(answer.question(), answer.more())));
  }

  /** The footer with the corpus's article count at this moment. */
  private String footer() {
    return AnswerTexts.footer(articleCount.getAsInt());
  }

  /** Quotes with their citations, within every embed limit; the lowest ranked go first. */
  MessageEmbed quotes(AnswerLayout layout) {
    if (layout.quotes().isEmpty()) {
      throw new IllegalArgumentException("quotes must not be empty");
    }
    String title = fitEscaped(DiscordMarkdown.escape(cutPlain(layout.question(), TITLE_MAX)),
        TITLE_MAX);
    String footer = footer();
    String notesText = renderNotes(layout.notes());
    for (int shown = layout.quotes().size(); shown >= 1; shown--) {
      AnswerLayout kept = layout.firstQuotes(shown);
      List<MessageEmbed.Field> fields = fields(kept.citations(), FIELD_VALUE_MAX);
      int fixed = title.length() + footer.length() + fieldsLength(fields);
      int budget = Math.min(DESCRIPTION_MAX, EMBED_TOTAL_MAX - fixed);
      List<String> rendered = new ArrayList<>();
      for (NumberedQuote q : kept.quotes()) {
        rendered.add(DiscordQuotes.render(q.quote(), q.citation(), Integer.MAX_VALUE));
      }
      String description = joinDescription(rendered, notesText);
      if (description.length() <= budget) {
        return embed(title, description, fields, footer, COLOR_ANSWER);
      }
      if (shown == 1) {
        // Even the best quote alone is too long: cut it at a word, leaving room for the notes.
        int room = budget - (notesText.isEmpty() ? 0 : notesText.length() + 2);
        if (room < MIN_QUOTE_CHARS) {
          notesText = "";
          room = budget;
        }
        NumberedQuote best = kept.quotes().get(0);
        String cut = DiscordQuotes.render(best.quote(), best.citation(), room);
        return embed(title, joinDescription(List.of(cut), notesText), fields, footer, COLOR_ANSWER);
      }
    }
    throw new AssertionError("unreachable: the loop returns for one quote");
  }

  /** "The articles don't answer that." with the question and related articles, if any. */
  MessageEmbed abstention(AnswerLayout layout) {
    String head = "**Question:** " + DiscordMarkdown.escape(cutPlain(layout.question(), 600));
    String notes = renderNotes(layout.notes());
    String tail = notes.isEmpty() ? "" : "\n\n" + notes;
    StringBuilder related = new StringBuilder();
    if (!layout.related().isEmpty()) {
      related.append("\n\n").append(DiscordMarkdown.escape(AnswerTexts.RELATED_INTRO));
      for (CitationLine c : layout.related()) {
        // Whole lines only, so a masked link is never cut.
        String line = "\n• " + link(c.title(), c.source().url(), 400) + describe(c.source());
        if (head.length() + related.length() + line.length() + tail.length() > DESCRIPTION_MAX) {
          break;
        }
        related.append(line);
      }
    }
    return embed(DiscordMarkdown.escape(AnswerTexts.NOT_ANSWERED), head + related + tail,
        List.of(), footer(), COLOR_ABSTAIN);
  }

  /** One page (1-based) of the corpus's articles; pages beyond the last show the last. */
  public MessageEmbed sources(List<SourceSummary> sources, int page) {
    Page<SourceSummary> shown = Page.of(sources, page, SOURCES_PER_PAGE);
    int p = shown.number();
    int pages = shown.count();
    StringBuilder d = new StringBuilder();
    for (SourceSummary s : shown.items()) {
      Source src = s.source();
      String line = "**" + DiscordMarkdown.escape(cutPlain(src.id(), 100)) + "**: "
          + link(src.title(), src.url(), 300) + describe(src) + "\n";
      if (d.length() + line.length() > DESCRIPTION_MAX) {
        break;
      }
      d.append(line);
    }
    if (sources.isEmpty()) {
      d.append("The corpus is empty.");
    }
    String title = "Articles in the corpus" + (pages > 1 ? " (page " + p + " of " + pages + ")" : "");
    String footer = "Use /source id:<id> for one article's details. " + AnswerTexts.footer(sources.size());
    return embed(title, d.toString().strip(), List.of(), footer, COLOR_ANSWER);
  }

  /** One article's citation details. */
  public MessageEmbed source(SourceSummary summary) {
    Source s = summary.source();
    List<MessageEmbed.Field> fields = new ArrayList<>();
    fields.add(field("Outlet", s.outlet() == null ? "unknown" : s.outlet()));
    fields.add(field("Published",
        s.publishedDate().map(ReadableDates::day).orElse("not stated")));
    if (!s.authors().isEmpty()) {
      fields.add(field("Authors", String.join(", ", s.authors())));
    }
    fields.add(field("Passages", Integer.toString(summary.passages())));
    fields.add(field("Id", s.id()));
    String description = s.link().filter(DiscordAnswerRenderer::isHttpUrl)
        .map(u -> link(s.title(), u, FIELD_VALUE_MAX)).orElse("No link known.");
    return embed(DiscordMarkdown.escape(cutPlain(s.title(), TITLE_MAX)), description, fields,
        footer(), COLOR_ANSWER);
  }

  /** What the bot does and how to ask. */
  public MessageEmbed help() {
    String description = DiscordMarkdown.escape(BotTexts.WHAT_IT_DOES) + "\n\n"
        + DiscordMarkdown.escape(BotTexts.HOW_TO_ASK) + "\n\n"
        + "**/ask** question: ask a question\n"
        + "**/sources**: list the articles\n"
        + "**/source** id: one article's details\n"
        + "**/timeline** topic: dated events, oldest first, with a chart\n"
        + "**/perspectives** topic: what each outlet says about a topic\n"
        + "Or mention me with your question.";
    return embed("How citebot works", description, List.of(), footer(), COLOR_ANSWER);
  }

  /** A plain text message (help, waits, errors), escaped, cut to 2,000 characters, pinging no one. */
  public static MessageCreateData text(String text) {
    return new MessageCreateBuilder()
        .setContent(content(text))
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .build();
  }

  /** The message content for plain text: escaped and within Discord's 2,000 characters. */
  static String content(String text) {
    return OutgoingText.safe(escapedWithin(text, CONTENT_MAX));
  }

  /** The text escaped, cut beforehand at a word so that the escaped form fits {@code max}. */
  static String escapedWithin(String text, int max) {
    int room = max;
    String out = DiscordMarkdown.escape(cutPlain(text, room));
    while (out.length() > max && room > 1) {
      room = Math.max(1, room - (out.length() - max));
      out = DiscordMarkdown.escape(cutPlain(text, room));
    }
    return out;
  }

  static MessageCreateData embedMessage(MessageEmbed embed) {
    return new MessageCreateBuilder()
        .setEmbeds(embed)
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .build();
  }

  /** Sources numbered [1], [2], ... in order, as fields whose links take at most {@code valueMax}. */
  static List<MessageEmbed.Field> citationFields(List<Source> citations, int valueMax) {
    List<CitationLine> lines = new ArrayList<>();
    for (int i = 0; i < citations.size(); i++) {
      lines.add(new CitationLine(i + 1, citations.get(i)));
    }
    return fields(lines, valueMax);
  }

  /** "[n] Outlet, date" with a masked link to the article, one field per citation line. */
  static List<MessageEmbed.Field> fields(List<CitationLine> citations, int valueMax) {
    List<MessageEmbed.Field> fields = new ArrayList<>();
    for (int i = 0; i < citations.size() && i < MessageEmbed.MAX_FIELD_AMOUNT; i++) {
      CitationLine c = citations.get(i);
      // "[n]" needs no escape: brackets only link when followed by "(url)".
      String number = c.marker();
      int room = FIELD_NAME_MAX - number.length();
      fields.add(new MessageEmbed.Field(
          number + fitEscaped(DiscordMarkdown.escape(cutPlain(c.outletAndDate(), room)), room),
          link(c.title(), c.source().url(), valueMax), false));
    }
    return fields;
  }

  /**
   * A masked link {@code [title](url)} within {@code max} characters, or the escaped title alone
   * when there is no usable http(s) URL.
   */
  static String link(String title, String url, int max) {
    if (url == null || !isHttpUrl(url)) {
      return DiscordMarkdown.escape(cutPlain(title, max / 2));
    }
    String target = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        .replace("<", "%3C").replace(">", "%3E");
    int room = max - target.length() - 4;
    if (room < 20) {
      return DiscordMarkdown.escape(cutPlain(title, max / 2));
    }
    String label = DiscordMarkdown.escape(cutPlain(title, room));
    while (label.length() > room) {
      room -= label.length() - room;
      label = DiscordMarkdown.escape(cutPlain(title, Math.max(1, room)));
    }
    return "[" + label + "](" + target + ")";
  }

  private static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return uri.getHost() != null
          && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** An answer from the articles' own details: each article linked, with outlet, date, authors. */
  MessageEmbed details(AnswerLayout layout) {
    String head = "**Question:** " + DiscordMarkdown.escape(cutPlain(layout.question(), 600));
    StringBuilder lines = new StringBuilder();
    for (CitationLine c : layout.details()) {
      String by = c.source().authors().isEmpty() ? ""
          : "; by " + DiscordMarkdown.escape(cutPlain(String.join(", ", c.source().authors()),
              300));
      // Whole lines only, so a masked link is never cut.
      String line = "\n" + c.marker() + link(c.title(), c.source().url(), 400)
          + describe(c.source()) + by;
      if (head.length() + lines.length() + line.length() + 2 > DESCRIPTION_MAX) {
        break;
      }
      lines.append(line);
    }
    return embed(DiscordMarkdown.escape(AnswerTexts.DETAILS_INTRO), head + "\n" + lines,
        List.of(), footer(), COLOR_ANSWER);
  }

  private static String describe(Source s) {
    StringBuilder b = new StringBuilder();
    if (s.outlet() != null) {
      b.append(", ").append(DiscordMarkdown.escape(cutPlain(s.outlet(), 100)));
    }
    s.publishedDate().map(ReadableDates::day).ifPresent(d -> b.append(", ").append(d));
    return b.toString();
  }

  private static String renderNotes(List<String> notes) {
    StringBuilder b = new StringBuilder();
    for (String n : notes) {
      if (!b.isEmpty()) {
        b.append('\n');
      }
      b.append('*').append(DiscordMarkdown.escape(cutPlain(n, 200))).append('*');
    }
    return b.toString();
  }

  private static String joinDescription(List<String> quotes, String notes) {
    String body = String.join("\n\n", quotes);
    return notes.isEmpty() ? body : body + "\n\n" + notes;
  }

  static int fieldsLength(List<MessageEmbed.Field> fields) {
    int n = 0;
    for (MessageEmbed.Field f : fields) {
      n += f.getName().length() + f.getValue().length();
    }
    return n;
  }

  private static MessageEmbed.Field field(String name, String value) {
    return new MessageEmbed.Field(
        name, fitEscaped(DiscordMarkdown.escape(cutPlain(value, 500)), FIELD_VALUE_MAX), true);
  }

  /** Plain text cut at a word; escaping afterwards may add characters, which callers allow for. */
  private static String cutPlain(String text, int max) {
    return TextCut.atWord(text, max);
  }

  /**
   * Every embed is built here. Its parts are escaped where they are made; they pass through
   * {@link OutgoingText#safe} once more here so that no part built another way can carry a
   * control character (dropping characters only shortens, so every limit still holds).
   */
  static MessageEmbed embed(
      String title, String description, List<MessageEmbed.Field> fields, String footer, int color) {
    EmbedBuilder b = new EmbedBuilder()
        .setTitle(OutgoingText.safe(fitEscaped(title, TITLE_MAX)))
        .setDescription(OutgoingText.safe(description))
        .setFooter(OutgoingText.safe(footer))
        .setColor(color);
    fields.forEach(f -> b.addField(OutgoingText.safe(f.getName()), OutgoingText.safe(f.getValue()),
        f.isInline()));
    return b.build();
  }

  /**
   * Escaping can lengthen text past a limit; then the escaped text is cut back before the last
   * whole word that fits, never inside an escape sequence.
   */
  static String fitEscaped(String escaped, int max) {
    if (escaped.length() <= max) {
      return escaped;
    }
    int cut = TextCut.wordCut(escaped, max - 1);
    while (cut > 0 && escaped.charAt(cut - 1) == '\\') {
      cut--;
    }
    return escaped.substring(0, cut).stripTrailing() + TextCut.ELLIPSIS;
  }
}
