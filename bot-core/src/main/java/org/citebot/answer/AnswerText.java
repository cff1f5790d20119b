package org.citebot.answer;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.citebot.chat.BotTexts;
import org.citebot.corpus.Source;

/** Plain-text rendering for the console: quotes, then numbered citations. */
public final class AnswerText {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private AnswerText() {}

  public static String render(Answer a) {
    StringBuilder sb = new StringBuilder();
    for (String note : a.notes()) {
      sb.append("(").append(note).append(")\n");
    }
    if (!a.answered()) {
      sb.append(BotTexts.NOT_ANSWERED).append('\n');
      if (!a.related().isEmpty()) {
        sb.append(BotTexts.RELATED_INTRO).append('\n');
        for (Source s : a.related()) {
          sb.append("  - ").append(citation(s)).append('\n');
        }
      }
      return sb.toString();
    }
    for (Quote q : a.quotes()) {
      String text = q.text();
      // A quote that itself opens with quotation marks needs no second pair around it.
      boolean marked = text.startsWith("\u201c") || text.startsWith("\"");
      sb.append(marked ? text : "\u201c" + text + "\u201d").append(" [")
          .append(a.citationNumber(q)).append(']');
      if (q.dateLabel() != null) {
        sb.append(" (").append(q.dateLabel()).append(')');
      }
      sb.append("\n\n");
    }
    List<Source> cites = a.citations();
    for (int i = 0; i < cites.size(); i++) {
      sb.append('[').append(i + 1).append("] ").append(citation(cites.get(i))).append('\n');
    }
    return sb.toString();
  }

  /** Outlet, "Title", date, URL: the parts that are known. */
  public static String citation(Source s) {
    StringBuilder sb = new StringBuilder();
    if (s.outlet() != null) {
      sb.append(s.outlet()).append(", ");
    }
    sb.append('"').append(s.title()).append('"');
    if (s.published() != null) {
      sb.append(", ").append(date(s));
    }
    if (s.url() != null) {
      sb.append(", ").append(s.url());
    }
    return sb.toString();
  }

  public static String date(Source s) {
    return s.published() == null ? "" : DATE.format(s.published());
  }
}
