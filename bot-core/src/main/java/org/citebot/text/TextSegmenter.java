package org.citebot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citebot.corpus.Article;
import org.citebot.corpus.Source;

/**
 * Splits cleaned text into paragraphs (separated by blank lines) and sentences, as offsets, so
 * that quotes are exact slices of the text.
 */
public final class TextSegmenter {

  /** Abbreviations after which a period does not end a sentence (lower case, no period). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "gov",
      "sen", "rep", "st", "jr", "sr", "vs", "etc", "no", "vol", "inc", "ltd", "co", "corp",
      "dept", "est", "fig", "approx", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "mt",
      "ft", "pres", "rev", "hon", "art", "ch", "cf", "al", "ca", "op", "pp", "ed", "eds");

  private TextSegmenter() {}

  /** Builds an article from already-clean text. */
  public static Article article(Source source, String text, String fileName) {
    List<TextSpan> paragraphs = paragraphs(text);
    List<TextSpan> sentences = new ArrayList<>();
    for (TextSpan p : paragraphs) {
      for (TextSpan s : sentences(p.of(text))) {
        sentences.add(s.shift(p.start()));
      }
    }
    return new Article(source, text, paragraphs, sentences, fileName);
  }

  /** Paragraph spans: maximal runs of text between blank lines, trimmed of white space. */
  public static List<TextSpan> paragraphs(String text) {
    List<TextSpan> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = text.indexOf("\n\n", i);
      if (end < 0) {
        end = n;
      }
      TextSpan trimmed = trim(text, i, end);
      if (trimmed.length() > 0) {
        out.add(trimmed);
      }
      i = end + 2;
    }
    return out;
  }

  /** Sentence spans within one paragraph. */
  public static List<TextSpan> sentences(String paragraph) {
    List<TextSpan> out = new ArrayList<>();
    int start = 0;
    int n = paragraph.length();
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      // Runs of terminal punctuation and closing quotes or brackets belong to this sentence.
      while (end < n && isCloser(paragraph.charAt(end))) {
        end++;
      }
      if (end < n && !Character.isWhitespace(paragraph.charAt(end))) {
        continue;
      }
      int next = end;
      while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
        next++;
      }
      if (next >= n) {
        break;
      }
      if (c == '.' && !endsSentence(paragraph, i, next)) {
        continue;
      }
      TextSpan s = trim(paragraph, start, end);
      if (s.length() > 0) {
        out.add(s);
      }
      start = next;
      i = next - 1;
    }
    TextSpan last = trim(paragraph, start, n);
    if (last.length() > 0) {
      out.add(last);
    }
    return out;
  }

  private static boolean isCloser(char c) {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']'
        || c == '\u201d' || c == '\u2019' || c == '\u00bb';
  }

  /** Whether the period at {@code dot} ends a sentence, given the next non-space index. */
  private static boolean endsSentence(String p, int dot, int next) {
    char following = p.charAt(next);
    // A lower-case word or a digit after the period continues the sentence ("Dec. 12", "Gen. x").
    if (Character.isLowerCase(following) || Character.isDigit(following)) {
      return false;
    }
    int wordStart = dot;
    while (wordStart > 0 && !Character.isWhitespace(p.charAt(wordStart - 1))
        && p.charAt(wordStart - 1) != '(' && p.charAt(wordStart - 1) != '"'
        && p.charAt(wordStart - 1) != '\u201c') {
      wordStart--;
    }
    String word = p.substring(wordStart, dot);
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(lower)) {
      // "U.S." at the end of a sentence followed by a capital is ambiguous; titles and months
      // almost always continue, so keep the sentence together for those.
      return false;
    }
    // Single initials ("J. Smith") and dotted acronyms ("U.S.", "D.C.").
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    if (word.length() >= 3 && word.matches("(?:[A-Za-z]\\.)+[A-Za-z]")) {
      return isSentenceStarter(p, next);
    }
    return true;
  }

  /** After an acronym, a capitalised common sentence opener suggests a new sentence. */
  private static boolean isSentenceStarter(String p, int next) {
    int end = next;
    while (end < p.length() && Character.isLetter(p.charAt(end))) {
      end++;
    }
    String w = p.substring(next, end);
    return Set.of("The", "A", "An", "In", "It", "This", "That", "But", "And", "He", "She", "They",
        "We", "On", "At", "As", "For", "However", "Its", "Their", "There").contains(w);
  }

  private static TextSpan trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new TextSpan(start, end);
  }
}
