package org.citebot.corpus;

import java.time.LocalDate;
import java.util.List;
import org.citebot.text.Source;

/**
 * Citation facts found for one page, each absent (null, or an empty author list) when the page
 * does not state it. Front matter and inference both produce one; {@link #overriding} merges them.
 *
 * @param title the article's title
 * @param outlet the publishing outlet
 * @param authors the authors, possibly empty
 * @param published the publication date
 * @param url the canonical URL
 * @param language an ISO 639-1 language code
 */
public record PageMetadata(
    String title, String outlet, List<String> authors, LocalDate published, String url,
    String language) {

  public static final PageMetadata EMPTY = new PageMetadata(null, null, List.of(), null, null, null);

  public PageMetadata {
    title = blankToNull(title);
    outlet = blankToNull(outlet);
    authors = authors == null ? List.of() : List.copyOf(authors);
    url = blankToNull(url);
    language = blankToNull(language);
  }

  /** These values, each replaced by the one in {@code preferred} where that one is present. */
  public PageMetadata overriding(PageMetadata preferred) {
    return new PageMetadata(
        preferred.title != null ? preferred.title : title,
        preferred.outlet != null ? preferred.outlet : outlet,
        !preferred.authors.isEmpty() ? preferred.authors : authors,
        preferred.published != null ? preferred.published : published,
        preferred.url != null ? preferred.url : url,
        preferred.language != null ? preferred.language : language);
  }

  public PageMetadata withTitle(String newTitle) {
    return new PageMetadata(newTitle, outlet, authors, published, url, language);
  }

  /** The citation for an article with this metadata; the title falls back to {@code id}. */
  public Source toSource(String id) {
    return new Source(id, title != null ? title : id, outlet, authors, published, url, language);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
