package org.citebot.answer;

import java.util.List;
import java.util.Objects;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;

/**
 * A verbatim quote: an exact slice {@code [start, end)} of its article's cleaned text.
 *
 * @param article the article quoted
 * @param start start offset into {@code article.text()}, inclusive
 * @param end end offset, exclusive
 * @param score the ranking score (higher is better; comparable within one answer only)
 * @param highlights matched question terms, as offsets relative to {@link #text()}, sorted and
 *     non-overlapping, so adapters can bold them
 * @param dateLabel for "when" answers, the date the quote refers to in words (e.g. "23 April
 *     2023"), or null
 */
public record Quote(
    Article article, int start, int end, double score, List<TextSpan> highlights, String dateLabel) {

  public Quote {
    Objects.requireNonNull(article, "article");
    int length = article.text().length();
    if (start < 0 || start >= end || end > length) {
      throw new IllegalArgumentException("illegal quote range: start " + start + ", end " + end
          + ", must satisfy 0 <= start < end <= " + length + " for article " + article.id());
    }
    highlights = List.copyOf(highlights);
    int quoteLength = end - start;
    int previousEnd = 0;
    for (TextSpan h : highlights) {
      if (h.end() > quoteLength || h.start() < previousEnd) {
        throw new IllegalArgumentException("illegal highlight " + h + " in a quote of length "
            + quoteLength + ": highlights must be sorted, non-overlapping and inside the quote");
      }
      previousEnd = h.end();
    }
  }

  /** The quoted text, always {@code article.text().substring(start, end)}. */
  public String text() {
    return article.text().substring(start, end);
  }

  public Source source() {
    return article.source();
  }

  public Quote withDateLabel(String label) {
    return new Quote(article, start, end, score, highlights, label);
  }
}
