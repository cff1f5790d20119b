package org.citebot.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a citation shows about an article. Values the page does not state stay absent (null)
 * rather than guessed.
 *
 * @param id stable identifier, derived from the file name (without extension)
 * @param title the article's title
 * @param outlet the publishing outlet, or null when unknown
 * @param authors the authors, possibly empty
 * @param published the publication date, or null when the page does not say it
 * @param url the canonical URL, or null when unknown
 * @param language an ISO 639-1 language code, "en" by default
 */
public record Source(
    String id,
    String title,
    String outlet,
    List<String> authors,
    LocalDate published,
    String url,
    String language) {

  public Source {
    Objects.requireNonNull(id, "id");
    // The id comes from a file name, which may hold an escape code; it is shown wherever the
    // article is listed.
    id = TextHygiene.oneLine(id);
    if (id.isBlank()) {
      throw new IllegalArgumentException("source id must not be blank");
    }
    Objects.requireNonNull(title, "title");
    // Citations are printed on terminals and chat platforms: one line each, nothing raw.
    title = TextHygiene.oneLine(title);
    outlet = TextHygiene.oneLine(outlet);
    url = TextHygiene.oneLine(url);
    authors = authors == null ? List.of()
        : authors.stream().map(TextHygiene::oneLine).toList();
    language = language == null || language.isBlank() ? "en" : language;
  }

  public Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  public Optional<String> link() {
    return Optional.ofNullable(url);
  }

  /** Outlet if known, else the title: what a reader sees first in a citation. */
  public String outletOrTitle() {
    return outlet != null ? outlet : title;
  }
}
