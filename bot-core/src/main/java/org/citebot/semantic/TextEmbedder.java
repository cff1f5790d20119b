package org.citebot.semantic;

import java.util.List;

/** Maps texts to unit vectors whose dot product says how close their meanings are. */
public interface TextEmbedder {

  /** One unit vector per passage of text, in order. */
  float[][] embed(List<String> texts);

  /** The vector of a question, which some models mark as a search query. */
  default float[] embedQuery(String question) {
    return embed(List.of(question))[0];
  }
}
