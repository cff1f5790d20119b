package org.citebot.semantic;

/** Maps a text to a unit vector; the dot product of two says how close their meanings are. */
@FunctionalInterface
public interface TextEmbedder {

  float[] embed(String text);
}
