package org.citebot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.citebot.answer.Answer;
import org.citebot.answer.Quote;
import org.citebot.answer.SourceSummary;
import org.citebot.chat.BotTexts;
import org.citebot.dates.ReadableDates;
import org.citebot.render.AnswerLayout;
import org.citebot.render.AnswerTexts;
import org.citebot.render.CitationLine;
import org.citebot.render.NumberedQuote;
import org.citebot.render.TextCut;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;

/**
 * Turns answers into Telegram messages in HTML parse mode: the core's {@link AnswerLayout} with
 * Telegram's markup. Pure: no network, no state.
 *
 * <p>Every piece of user or article text is escaped on its own before it is wrapped in a tag, so a
 * tag never splits an entity. Quotes are never altered; an over-long quote is shortened at a word
 * and marked with "…" so that what is shown stays an exact prefix of the quote.
 */
final class TelegramHtmlRenderer {

  /** Longer questions are shortened in the echo above an answer; the answer itself is unchanged. */
  private static final int QUESTION_SHOWN = 300;
  /** Titles and outlets are metadata, shortened only to keep a citation well inside a message. */
  private static final int TITLE_SHOWN = 300;

  private final int limit;

  /** A renderer for Telegram's limit of {@value MessagePacker#TELEGRAM_LIMIT} characters. */
  TelegramHtmlRenderer() {
    this(MessagePacker.TELEGRAM_LIMIT);
  }

  /** @param limit the longest message, at least 500 (smaller values only in tests) */
  TelegramHtmlRenderer(int limit) {
    if (limit < 500 || limit > MessagePacker.TELEGRAM_LIMIT) {
      throw new IllegalArgumentException("illegal limit: " + limit + ", must be between 500 and "
          + MessagePacker.TELEGRAM_LIMIT);
    }
    this.limit = limit;
  }

  int limit() {
    return limit;
  }

  /** The messages that answer a question: header, one block per quote, footer. */
  List<String> answer(Answer answer, int articleCount) {
    AnswerLayout layout = AnswerLayout.of(answer);
    List<String> blocks = new ArrayList<>();
    blocks.add(header(layout));
    if (!layout.details().isEmpty()) {
      blocks.add(details(layout.details()));
    } else if (layout.answered()) {
      for (NumberedQuote q : layout.quotes()) {
        blocks.add(quoteBlock(q.quote(), citation(q.citation(), q.quote().source()), limit));
      }
    } else {
      blocks.add("<b>" + Html.text(AnswerTexts.NOT_ANSWERED) + "</b>");
      if (!layout.related().isEmpty()) {
        blocks.add(related(layout.related()));
      }
    }
    blocks.add(footer(articleCount));
    return MessagePacker.pack(blocks, limit);
  }

  /** The messages for a "More sources" request; citation numbers continue the answer's. */
  List<String> more(Answer answer, int articleCount) {
    if (answer.more().isEmpty()) {
      return List.of(Html.text("There are no further quotes for this question."));
    }
    AnswerLayout layout = AnswerLayout.more(answer);
    List<String> blocks = new ArrayList<>();
    blocks.add("<b>More sources</b> for <i>" + Html.text(shorten(layout.question(), QUESTION_SHOWN))
        + "</i>");
    for (NumberedQuote q : layout.quotes()) {
      blocks.add(quoteBlock(q.quote(), citation(q.citation(), q.quote().source()), limit));
    }
    blocks.add(footer(articleCount));
    return MessagePacker.pack(blocks, limit);
  }

  /** One message holding one quote with its citation, as sent from an inline result. */
  String inlineQuote(Answer answer, Quote quote, int number) {
    String head = "❓ <i>" + Html.text(shorten(answer.question(), QUESTION_SHOWN)) + "</i>";
    String block = quoteBlock(quote, citation(number, quote.source()),
        limit - head.length() - MessagePacker.SEPARATOR.length());
    return head + MessagePacker.SEPARATOR + block;
  }

  /** The single message sent from an inline result when the articles don't answer. */
  /** An inline result's message for an answer from the articles' own details. */
  String inlineDetails(Answer answer) {
    AnswerLayout layout = AnswerLayout.of(answer);
    return MessagePacker.pack(List.of(header(layout), details(layout.details())), limit)
        .getFirst();
  }

  String inlineAbstention(Answer answer) {
    AnswerLayout layout = AnswerLayout.of(answer);
    List<String> parts = new ArrayList<>(List.of(header(layout),
        "<b>" + Html.text(AnswerTexts.NOT_ANSWERED) + "</b>"));
    if (!layout.related().isEmpty()) {
      parts.add(related(layout.related()));
    }
    return MessagePacker.pack(parts, limit).getFirst();
  }

  /** "[n] Outlet, 30 May 2023 — Title", the title linked when the source has a web link. */
  String citation(int number, Source source) {
    StringBuilder out = new StringBuilder("[").append(number).append("] ");
    String date = new CitationLine(number, source).date().orElse(null);
    if (source.outlet() != null) {
      out.append(Html.text(shorten(source.outlet(), TITLE_SHOWN)));
      if (date != null) {
        out.append(", ").append(date);
      }
      out.append(" — ");
    } else if (date != null) {
      out.append(date).append(" — ");
    }
    out.append(titleLink(source));
    return out.toString();
  }

  /** The same citation without markup, for inline result titles (plain text fields). */
  String plainCitation(int number, Source source) {
    CitationLine line = new CitationLine(number, source);
    return line.marker() + shorten(source.outletOrTitle(), 80)
        + line.date().map(d -> ", " + d).orElse("");
  }

  /** A plain-text beginning of a quote, for inline result descriptions. */
  static String snippet(String text, int max) {
    return shorten(text.strip().replaceAll("\\s+", " "), max);
  }

  String greeting(String botUsername) {
    return "<b>Hello!</b> " + Html.text(BotTexts.WHAT_IT_DOES) + MessagePacker.SEPARATOR
        + Html.text(BotTexts.HOW_TO_ASK) + MessagePacker.SEPARATOR + commands();
  }

  String help(String botUsername) {
    return "<b>How to use me</b>" + MessagePacker.SEPARATOR + Html.text(BotTexts.HOW_TO_ASK)
        + MessagePacker.SEPARATOR + commands() + MessagePacker.SEPARATOR
        + Html.text("In a private chat, just send your question. In groups, use /ask, reply to "
            + "one of my messages or mention @" + botUsername + ". In any chat you can also type "
            + "@" + botUsername + " followed by your question to pick a quote to send.")
        + MessagePacker.SEPARATOR + "<i>" + Html.text(BotTexts.WHAT_IT_DOES) + "</i>";
  }

  private static String commands() {
    return Html.text("/ask <question> — ask a question\n"
        + "/sources — list the articles I quote from\n"
        + "/source <id> — details of one article\n"
        + "/timeline [topic] — dated events, oldest first, with a chart\n"
        + "/perspectives <topic> — what each outlet says about a topic\n"
        + "/help — how to use me");
  }

  /** Plain text (HTML-escaped) for short replies such as errors and limits. */
  static String plain(String text) {
    return Html.text(text);
  }

  /** The article list, split over several messages when long. */
  List<String> sources(List<SourceSummary> sources) {
    List<String> blocks = new ArrayList<>();
    blocks.add("<b>Articles I quote from (" + sources.size() + ")</b>");
    for (SourceSummary s : sources) {
      Source src = s.source();
      StringBuilder line = new StringBuilder("• <code>").append(Html.text(src.id())).append("</code> ");
      if (src.outlet() != null) {
        line.append(Html.text(shorten(src.outlet(), TITLE_SHOWN)));
        src.publishedDate().map(ReadableDates::day).ifPresent(d -> line.append(", ").append(d));
        line.append(" — ");
      } else {
        src.publishedDate().map(ReadableDates::day).ifPresent(d -> line.append(d).append(" — "));
      }
      line.append(titleLink(src));
      blocks.add(line.toString());
    }
    blocks.add(Html.text("Send /source <id> for the details of one article."));
    // One line per article: joined with single newlines, split only between lines.
    return packLines(blocks);
  }

  /** Details of one article. */
  String source(SourceSummary summary) {
    Source s = summary.source();
    StringBuilder out = new StringBuilder("<b>").append(Html.text(shorten(s.title(), TITLE_SHOWN)))
        .append("</b>");
    if (s.outlet() != null) {
      out.append("\nOutlet: ").append(Html.text(shorten(s.outlet(), TITLE_SHOWN)));
    }
    if (!s.authors().isEmpty()) {
      out.append("\nBy: ").append(Html.text(shorten(String.join(", ", s.authors()), TITLE_SHOWN)));
    }
    if (s.published() != null) {
      out.append("\nPublished: ").append(ReadableDates.day(s.published()));
    }
    if (Html.isWebLink(s.url())) {
      out.append("\nLink: <a href=\"").append(Html.attribute(s.url())).append("\">")
          .append(Html.text(shorten(s.url(), TITLE_SHOWN))).append("</a>");
    }
    out.append("\nPassages: ").append(summary.passages());
    out.append("\nId: <code>").append(Html.text(s.id())).append("</code>");
    return out.toString();
  }

  String unknownSource(String id) {
    return Html.text("There is no article with id \"" + shorten(id, 100)
        + "\". Send /sources for the list.");
  }

  /**
   * One quote in a blockquote, matched terms in bold, followed by its citation line; at most
   * {@code budget} characters, shortening the quote at a word when needed.
   */
  String quoteBlock(Quote quote, String citationLine, int budget) {
    String prefix = (quote.dateLabel() == null ? "" : "📅 <b>" + Html.text(quote.dateLabel())
        + "</b>\n") + "<blockquote>";
    String suffix = "</blockquote>\n" + citationLine;
    int bodyBudget = budget - prefix.length() - suffix.length();
    if (bodyBudget < 20) {
      throw new IllegalArgumentException("budget " + budget + " leaves " + bodyBudget
          + " characters for the quote, must leave at least 20");
    }
    String text = quote.text();
    String full = quoteBody(text, quote.highlights(), text.length(), false);
    if (full.length() <= bodyBudget) {
      return prefix + full + suffix;
    }
    int cut = longestFittingCut(text, quote.highlights(), bodyBudget);
    return prefix + quoteBody(text, quote.highlights(), cut, true) + suffix;
  }

  /**
   * The escaped text of {@code text[0, end)}, with highlights in bold (clipped at {@code end}) and
   * "…" after the last closing tag when {@code cut}.
   */
  static String quoteBody(String text, List<TextSpan> highlights, int end, boolean cut) {
    StringBuilder out = new StringBuilder();
    int pos = 0;
    for (TextSpan h : highlights) {
      if (h.start() >= end) {
        break;
      }
      int hEnd = Math.min(h.end(), end);
      out.append(Html.text(text.substring(pos, h.start())));
      if (hEnd > h.start()) {
        out.append("<b>").append(Html.text(text.substring(h.start(), hEnd))).append("</b>");
      }
      pos = hEnd;
    }
    out.append(Html.text(text.substring(pos, end)));
    if (cut) {
      out.append(TextCut.ELLIPSIS);
    }
    return out.toString();
  }

  /** The largest cut point (preferably at a word end) whose rendering fits the budget. */
  static int longestFittingCut(String text, List<TextSpan> highlights, int budget) {
    // A quote always shows at least its first character, as the budget check above allows for.
    return Math.max(1, TextCut.longestFit(text, budget,
        end -> quoteBody(text, highlights, end, true)));
  }

  private String header(AnswerLayout layout) {
    StringBuilder out = new StringBuilder("❓ <i>")
        .append(Html.text(shorten(layout.question(), QUESTION_SHOWN))).append("</i>");
    for (String note : layout.notes()) {
      out.append("\n<i>").append(Html.text(shorten(note, QUESTION_SHOWN))).append("</i>");
    }
    return out.toString();
  }

  private String related(List<CitationLine> related) {
    StringBuilder out = new StringBuilder(Html.text(AnswerTexts.RELATED_INTRO));
    for (CitationLine line : related) {
      out.append('\n').append(citation(line.number(), line.source()));
    }
    return out.toString();
  }

  /** The articles whose own details answer a question about them, with their authors. */
  private String details(List<CitationLine> details) {
    StringBuilder out = new StringBuilder(Html.text(AnswerTexts.DETAILS_INTRO));
    for (CitationLine line : details) {
      out.append('\n').append(citation(line.number(), line.source()));
      if (!line.source().authors().isEmpty()) {
        out.append(Html.text(" — by " + String.join(", ", line.source().authors())));
      }
    }
    return out.toString();
  }

  private static String footer(int articleCount) {
    return "<i>" + Html.text(AnswerTexts.footer(articleCount)) + "</i>";
  }

  /** The title, linked when the source has a web link. */
  static String titleLink(Source source) {
    String title = Html.text(shorten(source.title(), TITLE_SHOWN));
    if (!Html.isWebLink(source.url())) {
      return title;
    }
    return "<a href=\"" + Html.attribute(source.url().strip()) + "\">" + title + "</a>";
  }

  private List<String> packLines(List<String> lines) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (!current.isEmpty() && current.length() + 1 + line.length() > limit) {
        messages.add(current.toString());
        current.setLength(0);
      }
      if (!current.isEmpty()) {
        current.append('\n');
      }
      current.append(line);
    }
    if (!current.isEmpty()) {
      messages.add(current.toString());
    }
    return List.copyOf(messages);
  }

  static String shorten(String s, int max) {
    return TextCut.shorten(s, max);
  }
}
