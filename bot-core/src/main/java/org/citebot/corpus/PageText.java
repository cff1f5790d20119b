package org.citebot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Line-level rules shared by the raw-text and HTML paths: markdown and white-space cleanup, and
 * recognising the page furniture around an article (share lines, counters, appeals, captions,
 * pull quotes).
 */
final class PageText {

  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]]+)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^\\s<>]+)>");
  private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern ITALIC_STAR =
      Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])([^*]+?)(?<=[^\\s*])\\*(?![*\\w])");
  private static final Pattern ITALIC_UNDERSCORE =
      Pattern.compile("(?<![_\\w])_(?=[^\\s_])([^_]+?)(?<=[^\\s_])_(?![_\\w])");
  private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern QUOTE_MARK = Pattern.compile("^>\\s?");
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200b-\\u200d\\u2060\\ufeff\\u00ad]");

  /** Whole lines that are site controls: social networks, app stores, menus, switches. */
  private static final Pattern CONTROL_LINE = Pattern.compile("(?i)^(?:twitter|x|youtube|instagram"
      + "|facebook|telegram|whatsapp|linkedin|tiktok|vk|reddit|pinterest|flipboard|email|e-mail"
      + "|print|copy link|link copied|share|share this|search|menu|home|log ?in|sign ?in|sign up"
      + "|subscribe|apple store|app store|google play|play market|night_theme|dark mode"
      + "|light mode|advertisement|ads|loading|a\\+|a-|read more|continue|show more|close"
      + "|next|previous|back to top|skip to (?:main )?content)$");
  private static final Pattern RELATED = Pattern.compile("(?i)^(?:related(?: articles?| stories"
      + "| story| posts?| content| reading)?|read (?:more|also|next)|see also|more on this(?: topic)?"
      + "|recommended|you (?:may|might) also like|more from [^:]{1,40})\\s*:.*");
  private static final Pattern VIEWS = Pattern.compile("(?i)^(?:views?|reads?)\\s*:?\\s*[\\d,.]+k?$"
      + "|^[\\d,.]+k?\\s+(?:views|reads)$");
  private static final Pattern SHARE = Pattern.compile("(?i)share-line|\\bshare (?:it|this"
      + "(?: story| article| page)?) (?:on|with|via)\\b|^share (?:on|via) \\S+$");
  private static final Pattern RIGHTS = Pattern.compile("(?i)any use of (?:the )?materials"
      + "|\\bhyperlink to\\b.*|reproduction .* (?:prohibited|permitted|allowed)");
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "(?i)^\\(?(?:photo|image|source|credit|photograph|picture|illustration)s?(?: by)?\\s*:.*\\)?$");
  private static final Pattern EDITORIAL_NOTE = Pattern.compile("(?i)^(?:this (?:article|piece"
      + "|story|report|op-ed|commentary) (?:was|is|has been) (?:first |originally )?"
      + "(?:published|posted|republished|translated)|(?:originally|first) published (?:by|on|in)"
      + " (?:the )?(?-i:\\p{Lu})|updated:?\\s)|do(?:es)? not necessarily reflect"
      + "|\\bviews expressed\\b.*\\b(?:are (?:solely )?(?:those of|the author)|do(?:es)? not)");
  private static final Pattern APPEAL = Pattern.compile("(?i)\\b(?:newsletter|subscribe"
      + "|subscription|donate|donation|support us|support our|privacy policy|cookie policy"
      + "|accept cookies|use cookies)\\b");
  private static final Pattern CUT = Pattern.compile("(?i)^(?:(?:sign up|subscribe|register)"
      + "\\b.*\\bnewsletter.*|a message from\\b.*|dear readers?\\b.*|(?:support|donate to)\\s.{2,60}!"
      + "|comments?|\\d+ comments?|leave a (?:comment|reply)|you (?:may|might) also like.*"
      + "|most read|most popular|trending now|more stories)$");
  private static final Pattern CONTRIBUTORS =
      Pattern.compile("(?i)^(?:contributors|authors|about the authors?)\\s*:?$");
  /** A caption ending in a photo credit: "... Corridor . Alexander Patrin / TASS". */
  private static final Pattern SLASH_CREDIT = Pattern.compile(
      "(?:^|.*[\\s.])\\p{Lu}[\\p{L}.'\u2019\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019\\-]*){0,3}\\s*/\\s*"
          + "\\p{Lu}[\\p{L}.'\u2019&\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019&\\-]*){0,3}$");
  private static final Pattern AGENCY_CREDIT = Pattern.compile(
      "(?i).*\\b(?:afp|reuters|ap photo|getty images|tass|ria novosti|epa|anadolu(?: agency)?"
          + "|sputnik|shutterstock|wikimedia commons)$");
  private static final Pattern INTERNAL_SENTENCE_END =
      Pattern.compile("[a-z0-9\\])][.!?][\"'\u201d\u2019)]?\\s+[\"'\u201c\u2018(]?\\p{Lu}");

  private PageText() {}

  /** Markdown reduced to its words: links to their text, emphasis and heading marks removed. */
  static String stripMarkdown(String line) {
    String s = QUOTE_MARK.matcher(line.strip()).replaceFirst("");
    s = HEADING_MARK.matcher(s).replaceFirst("");
    s = IMAGE.matcher(s).replaceAll("");
    s = LINK.matcher(s).replaceAll("$1");
    s = AUTOLINK.matcher(s).replaceAll("$1");
    s = BOLD.matcher(s).replaceAll("$2");
    s = ITALIC_STAR.matcher(s).replaceAll("$1");
    s = ITALIC_UNDERSCORE.matcher(s).replaceAll("$1");
    return s;
  }

  /** Single spaces, no invisible characters, no leading or trailing space. */
  static String normalizeSpaces(String s) {
    return SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ").strip();
  }

  static boolean isMarkdownHeading(String rawLine) {
    return HEADING_MARK.matcher(rawLine.strip()).find();
  }

  /** Site furniture that is never part of an article, wherever it appears. */
  static boolean isFurniture(String line) {
    int words = wordCount(line);
    return line.isEmpty()
        || CONTROL_LINE.matcher(line).matches()
        || RELATED.matcher(line).matches()
        || VIEWS.matcher(line).matches()
        || (words <= 15 && SHARE.matcher(line).find())
        || (words <= 40 && RIGHTS.matcher(line).find())
        || (words <= 15 && MetadataInference.isCopyright(line))
        || PHOTO_CREDIT.matcher(line).matches()
        || (words <= 40 && EDITORIAL_NOTE.matcher(line).find())
        || (words <= 25 && APPEAL.matcher(line).find())
        || MetadataInference.appealOutlet(line).isPresent()
        || MetadataInference.bareUrl(line).isPresent()
        || MetadataInference.urlLabel(line).isPresent()
        || isCaption(line);
  }

  /** A photo caption recognised by its credit (not by being short: see the cleaners). */
  static boolean isCaption(String line) {
    if (endsSentence(line) || wordCount(line) > 60) {
      return false;
    }
    return SLASH_CREDIT.matcher(line).matches() || AGENCY_CREDIT.matcher(line).matches();
  }

  /** Lines after which the rest of the page is appeals, comments or other articles. */
  static boolean isCutMarker(String line) {
    return CUT.matcher(line).matches();
  }

  static boolean isContributorsHeading(String line) {
    return CONTRIBUTORS.matcher(line).matches();
  }

  static int wordCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** Whether the text ends like a sentence: terminal punctuation, perhaps inside quotes. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"'\u201d\u2019\u00bb)]".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u2026".indexOf(s.charAt(i)) >= 0;
  }

  /** Whether a sentence ends somewhere inside the text with more text after it. */
  static boolean hasInternalSentenceEnd(String s) {
    return INTERNAL_SENTENCE_END.matcher(s).find();
  }

  static boolean startsLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  /**
   * A short question standing alone between paragraphs is a section heading (the Crisis Group
   * Q&A's "What is happening?"); as a quote it would echo questions without answering them.
   */
  static boolean isQuestionHeading(String p) {
    String s = p.strip();
    return s.endsWith("?") && wordCount(s) <= 12 && !hasInternalSentenceEnd(s)
        && "\"\u201c\u2018'".indexOf(s.charAt(0)) < 0;
  }

  /**
   * Removes pull quotes: paragraphs wrapped in quotation marks whose words (ignoring bracketed
   * insertions and "..." elisions) already appear in the other paragraphs. A quoted paragraph
   * that repeats nothing is a real quotation and stays.
   */
  static List<String> withoutPullQuotes(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (!isPullQuote(p, i, paragraphs)) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isPullQuote(String p, int index, List<String> paragraphs) {
    String s = p.strip();
    if (s.length() < 2 || "\"\u201c".indexOf(s.charAt(0)) < 0) {
      return false;
    }
    String inner = s.replaceAll("[.\\s]+$", "");
    if (inner.isEmpty() || "\"\u201d".indexOf(inner.charAt(inner.length() - 1)) < 0) {
      return false;
    }
    inner = inner.substring(1, inner.length() - 1).replaceAll("\\[[^\\]]*\\]", " ");
    StringBuilder others = new StringBuilder();
    for (int j = 0; j < paragraphs.size(); j++) {
      if (j != index) {
        others.append(letters(paragraphs.get(j)));
      }
    }
    String haystack = others.toString();
    int total = 0;
    int found = 0;
    for (String fragment : inner.split("\\.\\.\\.|\u2026")) {
      String f = letters(fragment);
      if (f.length() < 12) {
        continue;
      }
      total += f.length();
      if (haystack.contains(f)) {
        found += f.length();
      }
    }
    // "Mostly verbatim": pages trim or re-punctuate pull quotes, so most of it must repeat.
    return total > 0 && found >= total * 0.8;
  }

  /** Lower-case letters and digits only, so that quotes and spacing do not matter. */
  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
