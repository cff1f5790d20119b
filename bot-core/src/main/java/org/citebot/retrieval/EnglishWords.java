package org.citebot.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The English words of SCOWL's size-50 lists (American and British spellings, inflected forms;
 * see english-words.NOTICE): a word in neither the corpus nor this list is taken to be misspelt.
 * Loaded on first use, since most questions use only words the corpus has.
 */
final class EnglishWords {

  private EnglishWords() {}

  /** Whether {@code word}, in any case, is an English word. */
  static boolean contains(String word) {
    return Arrays.binarySearch(Holder.WORDS, word.toLowerCase(Locale.ROOT)) >= 0;
  }

  /** The words that end with {@code suffix}, in lower case. */
  static java.util.List<String> endingWith(String suffix) {
    return Arrays.stream(Holder.WORDS).filter(w -> w.endsWith(suffix)).toList();
  }

  private static final class Holder {
    /** Sorted by String order, for binary search: a third of a hash set's memory. */
    static final String[] WORDS = load();

    private static String[] load() {
      try (InputStream in = EnglishWords.class.getResourceAsStream("english-words.txt")) {
        if (in == null) {
          throw new IllegalStateException("english-words.txt is missing from the classpath");
        }
        String[] words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines().filter(l -> !l.isEmpty()).toArray(String[]::new);
        Arrays.sort(words);
        return words;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
