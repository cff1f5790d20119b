package org.citebot.text;

import java.util.List;
import java.util.Optional;

/**
 * A loaded set of articles.
 *
 * @param articles the articles, in file-name order
 * @param report what the load did
 * @param version a fingerprint of the corpus content; changes whenever any article or the
 *     synonyms change, and keys the answer cache
 * @param synonyms the moderators' synonym lines (Solr format), possibly empty
 */
public record Corpus(List<Article> articles, LoadReport report, String version, List<String> synonyms) {

  public Corpus {
    articles = List.copyOf(articles);
    synonyms = List.copyOf(synonyms);
  }

  public Optional<Article> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
