package org.citebot.text;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: canonical text plus its paragraphs and sentences as offsets into it. Every
 * quote the bot shows is a slice of {@link #text()}.
 *
 * @param source citation metadata
 * @param text the cleaned body text; paragraphs are separated by blank lines
 * @param paragraphs paragraph spans, in order, non-overlapping
 * @param sentences sentence spans, in order, each inside one paragraph
 * @param fileName the corpus file this article came from, for reports
 */
public record Article(
    Source source, String text, List<TextSpan> paragraphs, List<TextSpan> sentences, String fileName) {

  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    for (TextSpan s : sentences) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException(
            "sentence span " + s + " exceeds text length " + text.length() + " in " + source.id());
      }
    }
  }

  public String id() {
    return source.id();
  }

  public String slice(TextSpan span) {
    return span.of(text);
  }

  /** Index of the paragraph that contains the given sentence span, or -1. */
  public int paragraphOf(TextSpan sentence) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).contains(sentence)) {
        return i;
      }
    }
    return -1;
  }
}
