package org.citebot.timeline;

import java.util.Objects;
import org.citebot.answer.Quote;
import org.citebot.dates.ResolvedDate;

/**
 * One outlet's best quote on a topic.
 *
 * @param outlet the outlet (or, when unknown, the article title) as a reader sees it
 * @param quote the quoted sentence, the topic's words highlighted
 * @param score its BM25 score for the topic; comparable within one result only
 * @param coverage how many of the topic's content words it contains
 */
public record Perspective(String outlet, Quote quote, double score, int coverage) {

  public Perspective {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(quote, "quote");
    if (coverage < 0) {
      throw new IllegalArgumentException("illegal coverage " + coverage + ", must be >= 0");
    }
  }

  /** The outlet and publication date, as shown above the quote: "Crisis Group, 22 May 2023". */
  public String label() {
    return quote.source().publishedDate()
        .map(d -> outlet + ", " + ResolvedDate.day(d).label())
        .orElse(outlet);
  }
}
