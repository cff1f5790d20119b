package org.citebot.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A page reduced to the article: its metadata and the paragraphs of its own prose, each a single
 * line with single spaces.
 *
 * @param metadata what the page says about the article
 * @param paragraphs the body paragraphs, in order; empty when the page has no article text
 */
public record CleanPage(PageMetadata metadata, List<String> paragraphs) {

  public CleanPage {
    Objects.requireNonNull(metadata, "metadata");
    paragraphs = List.copyOf(paragraphs);
    for (String p : paragraphs) {
      if (p.isBlank() || p.contains("\n")) {
        throw new IllegalArgumentException(
            "paragraph must be one non-blank line, was: \"" + p + "\"");
      }
    }
  }

  /** The canonical body text: paragraphs separated by exactly one blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
