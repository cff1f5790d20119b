package org.citebot.render;

import org.citebot.answer.Answer;
import org.citebot.dates.ReadableDates;
import org.citebot.text.Source;

/** The console's rendering of an answer's layout, plain text: quotes, then numbered citations. */
public final class PlainAnswerText {

  private PlainAnswerText() {}

  /** The answer as the console prints it. */
  public static String render(Answer answer) {
    return render(AnswerLayout.of(answer));
  }

  /** A layout as the console prints it; the console shows no footer. */
  public static String render(AnswerLayout layout) {
    StringBuilder sb = new StringBuilder();
    for (String note : layout.notes()) {
      sb.append("(").append(note).append(")\n");
    }
    if (!layout.answered()) {
      sb.append(AnswerTexts.NOT_ANSWERED).append('\n');
      if (!layout.related().isEmpty()) {
        sb.append(AnswerTexts.RELATED_INTRO).append('\n');
        for (CitationLine line : layout.related()) {
          sb.append("  - ").append(citation(line.source())).append('\n');
        }
      }
      return sb.toString();
    }
    if (!layout.details().isEmpty()) {
      sb.append(AnswerTexts.DETAILS_INTRO).append('\n');
      for (CitationLine line : layout.details()) {
        sb.append(line.marker()).append(citation(line.source()))
            .append(byline(line.source())).append('\n');
      }
      return sb.toString();
    }
    for (NumberedQuote q : layout.quotes()) {
      String text = q.text();
      // A quote that itself opens with quotation marks needs no second pair around it.
      boolean marked = text.startsWith("\u201c") || text.startsWith("\"");
      sb.append(marked ? text : "\u201c" + text + "\u201d").append(' ').append(q.marker());
      if (q.quote().dateLabel() != null) {
        sb.append(" (").append(q.quote().dateLabel()).append(')');
      }
      sb.append("\n\n");
    }
    for (CitationLine line : layout.citations()) {
      sb.append(line.marker()).append(citation(line.source())).append('\n');
    }
    return sb.toString();
  }

  /** "; by A, B" for an article whose authors are known, else nothing. */
  public static String byline(Source s) {
    return s.authors().isEmpty() ? "" : "; by " + String.join(", ", s.authors());
  }

  /** Outlet, "Title", date, URL: the parts that are known. */
  public static String citation(Source s) {
    StringBuilder sb = new StringBuilder();
    if (s.outlet() != null) {
      sb.append(s.outlet()).append(", ");
    }
    sb.append('"').append(s.title()).append('"');
    s.publishedDate().map(ReadableDates::day).ifPresent(d -> sb.append(", ").append(d));
    if (s.url() != null) {
      sb.append(", ").append(s.url());
    }
    return sb.toString();
  }
}
