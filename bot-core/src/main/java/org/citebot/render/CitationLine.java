package org.citebot.render;

import java.util.Objects;
import java.util.Optional;
import org.citebot.dates.ReadableDates;
import org.citebot.text.Source;

/**
 * One numbered citation as every platform shows it: "[n] Outlet, 30 May 2023" and the title,
 * linked to the article when a link is known. Adapters add only their markup.
 *
 * @param number the 1-based citation number, as the quotes refer to it
 * @param source the article cited
 */
public record CitationLine(int number, Source source) {

  public CitationLine {
    if (number < 1) {
      throw new IllegalArgumentException("illegal citation number: " + number + ", must be >= 1");
    }
    Objects.requireNonNull(source, "source");
  }

  /** "[n] ". */
  public String marker() {
    return "[" + number + "] ";
  }

  /** The publication date in words, e.g. "30 May 2023"; empty when the article does not say. */
  public Optional<String> date() {
    return source.publishedDate().map(ReadableDates::day);
  }

  /** "Outlet, 30 May 2023", or the title in place of an unknown outlet; the date when known. */
  public String outletAndDate() {
    return source.outletOrTitle() + date().map(d -> ", " + d).orElse("");
  }

  public String title() {
    return source.title();
  }

  /** The article's link as stored; each platform decides which links it can show safely. */
  public Optional<String> link() {
    return source.link();
  }
}
