package org.citebot.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question ready for search: its concepts (content terms, synonyms sharing a concept) and the
 * search engine's own query, which only the {@link Retriever} that parsed it reads.
 */
public final class ParsedQuestion {

  private final String text;
  private final Object query;
  private final List<List<String>> concepts;
  private final int[][] conceptIds;
  private final List<String> words;

  /**
   * @param text the question text
   * @param query the engine's query (for Lucene, BM25 over analysed terms, synonyms as a token
   *     graph; null when the text has no searchable term); opaque to everyone but the retriever
   *     that made it
   * @param concepts the question's content terms; alternatives (synonyms) share a concept
   * @param conceptIds the same as term ids of the index (-1 where no sentence has the term)
   * @param words the question's word behind each concept, as written
   */
  ParsedQuestion(String text, Object query, List<List<String>> concepts, int[][] conceptIds,
      List<String> words) {
    if (concepts.size() != conceptIds.length || concepts.size() != words.size()) {
      throw new IllegalArgumentException("concepts, ids and words must pair up, had "
          + concepts.size() + ", " + conceptIds.length + " and " + words.size());
    }
    this.text = Objects.requireNonNull(text, "text");
    this.query = query;
    this.concepts = List.copyOf(concepts);
    this.conceptIds = conceptIds;
    this.words = List.copyOf(words);
  }

  public String text() {
    return text;
  }

  Object query() {
    return query;
  }

  public List<List<String>> concepts() {
    return concepts;
  }

  /** Each concept's term ids; callers must not change the arrays. */
  public int[][] conceptIds() {
    return conceptIds;
  }

  public List<String> words() {
    return words;
  }

  /** The ids of every concept's terms that the index has, for marking them in quotes. */
  public Set<Integer> termIds() {
    Set<Integer> out = new HashSet<>();
    for (int[] alternatives : conceptIds) {
      for (int id : alternatives) {
        if (id >= 0) {
          out.add(id);
        }
      }
    }
    return out;
  }
}
