package org.citebot.render;

import java.util.Objects;
import org.citebot.answer.Quote;

/**
 * A quote as shown: its exact text (never altered here) and the number of the citation it refers
 * to.
 */
public record NumberedQuote(Quote quote, int citation) {

  public NumberedQuote {
    Objects.requireNonNull(quote, "quote");
    if (citation < 1) {
      throw new IllegalArgumentException("illegal citation number: " + citation + ", must be >= 1");
    }
  }

  /** The quote's text: always the exact slice of its source's cleaned text. */
  public String text() {
    return quote.text();
  }

  /** "[n]". */
  public String marker() {
    return "[" + citation + "]";
  }
}
