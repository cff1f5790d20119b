package org.citebot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits cleaned text into paragraphs (separated by blank lines) and sentences, as offsets, so
 * that quotes are exact slices of the text.
 */
public final class TextSegmenter {

  /**
   * Abbreviations that precede a name or a number, so a period after them never ends a sentence
   * ("Gen. Volkov", "St. Petersburg", "Dec. 12"). Lower case, without the period.
   */
  private static final Set<String> PREFIX_ABBREVIATIONS = Set.of(
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "gov",
      "sen", "rep", "st", "mt", "ft", "pres", "rev", "hon", "fig", "vol", "pp", "cf", "vs",
      "e.g", "i.e", "approx", "dept");

  /**
   * Abbreviations that often end a sentence too ("... shares of Acme Inc. The company"): a
   * period after them ends the sentence only when a common sentence opener follows.
   */
  private static final Set<String> TRAILING_ABBREVIATIONS = Set.of(
      "inc", "ltd", "co", "corp", "jr", "sr", "etc", "al", "u.s", "u.k", "u.n", "a.m", "p.m");

  /** Capitalised words that usually open a sentence rather than continue a name. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "The", "A", "An", "In", "It", "This", "That", "These", "Those", "But", "And", "He", "She",
      "They", "We", "I", "On", "At", "As", "For", "However", "Its", "Their", "There", "Meanwhile",
      "Since", "After", "When", "While", "If", "Yet", "So", "Still", "Now", "Then");

  private TextSegmenter() {}

  /**
   * Builds an article from already-clean text. {@link TextHygiene#clean} runs here once more,
   * before any offset is taken, so that no path into the corpus keeps a control character and
   * every quote is a slice of the text as served.
   */
  public static Article article(Source source, String cleanText, String fileName) {
    String text = TextHygiene.clean(cleanText);
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
      if (isEllipsis(paragraph, i)) {
        // An ellipsis marks words left out of a quote ("forward. ... At least"), not an end.
        i = skipEllipsis(paragraph, i) - 1;
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
      if (isEllipsis(paragraph, next)) {
        continue;
      }
      if (c == '.' && !endsSentence(paragraph, i, next)) {
        continue;
      }
      if (insideAttributedQuote(paragraph, start, end)) {
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

  /** Whether an ellipsis ("..." or "\u2026") starts at {@code i}. */
  private static boolean isEllipsis(String p, int i) {
    if (i >= p.length()) {
      return false;
    }
    if (p.charAt(i) == '\u2026') {
      return true;
    }
    return p.startsWith("...", i) && (i == 0 || p.charAt(i - 1) != '.');
  }

  private static int skipEllipsis(String p, int i) {
    int j = i;
    while (j < p.length() && (p.charAt(j) == '.' || p.charAt(j) == '\u2026')) {
      j++;
    }
    return j;
  }

  /**
   * Whether {@code end} falls inside quoted speech that goes on and closes with a comma before
   * its attribution ("We object. They are bystanders," he said.): splitting there would leave
   * each half with an unmatched quotation mark, so the whole stays one sentence.
   */
  static boolean insideAttributedQuote(String p, int start, int end) {
    int curlyOpen = 0;
    int straight = 0;
    for (int k = start; k < end; k++) {
      char ch = p.charAt(k);
      if (ch == '\u201c') {
        curlyOpen++;
      } else if (ch == '\u201d') {
        curlyOpen = Math.max(0, curlyOpen - 1);
      } else if (ch == '"') {
        straight++;
      }
    }
    boolean open = curlyOpen > 0 || straight % 2 == 1;
    if (!open) {
      return false;
    }
    for (int k = end; k < p.length(); k++) {
      char ch = p.charAt(k);
      if (ch == '\u201d' || ch == '"') {
        char before = p.charAt(k - 1);
        return before == ',';
      }
    }
    return false;
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
    if (PREFIX_ABBREVIATIONS.contains(lower)) {
      return false;
    }
    // Single initials ("J. R. Smith").
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    // Dotted acronyms ("U.S.", "D.C.") and company suffixes end a sentence only before a
    // word that typically opens one.
    if (TRAILING_ABBREVIATIONS.contains(lower)
        || (word.length() >= 3 && word.matches("(?:[A-Za-z]\\.)+[A-Za-z]"))) {
      return isSentenceOpener(p, next);
    }
    return true;
  }

  private static boolean isSentenceOpener(String p, int next) {
    int start = next;
    while (start < p.length() && !Character.isLetter(p.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < p.length() && Character.isLetter(p.charAt(end))) {
      end++;
    }
    return SENTENCE_OPENERS.contains(p.substring(start, end));
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
