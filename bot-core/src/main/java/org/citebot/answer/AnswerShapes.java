package org.citebot.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence has the shape of an answer to a question type: a date for "when", a number
 * for "how many", a name for "who".
 */
final class AnswerShapes {

  private static final String MONTHS = "january|february|march|april|may|june|july|august|"
      + "september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
  private static final Pattern DATE = Pattern.compile("(?i)\\b(" + MONTHS + ")\\b\\.?|"
      + "\\b(1[5-9]\\d\\d|20\\d\\d)s?\\b|\\b(monday|tuesday|wednesday|thursday|friday|saturday|"
      + "sunday|yesterday|today|tomorrow|tonight)\\b|\\b(last|next|this|earlier this|later this) "
      + "(week|month|year|spring|summer|autumn|fall|winter)\\b|\\b(\\d{1,2})(st|nd|rd|th) century\\b"
      + "|\\b(spring|summer|autumn|fall|winter) (of )?\\d{4}\\b|\\b\\d{1,4}\\s?(bc|ad|bce|ce)\\b");
  private static final Pattern NUMBER = Pattern.compile("(?i)\\d|\\b(one|two|three|four|five|six|"
      + "seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
      + "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|"
      + "thousands|million|millions|billion|billions|dozen|dozens|half|double|twice|several|few|"
      + "single|none|no)\\b");
  private static final Pattern DURATION = Pattern.compile("(?i)(\\d|\\b(a|an|one|two|three|four|"
      + "five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|several|few|many|hundred|"
      + "hundreds|thousands|half)\\b)[\\s-]*(\\w+[\\s-]+)?(second|minute|hour|day|week|month|year|"
      + "decade|century|centuries)s?\\b|\\bsince\\b|\\buntil\\b|\\bfor (decades|years|months)\\b");

  private AnswerShapes() {}

  static boolean fits(QuestionType type, String sentence, Set<String> questionWords) {
    return switch (type) {
      case WHEN -> hasEventDate(sentence, questionWords);
      case HOW_MANY -> findsNew(NUMBER, sentence, questionWords);
      case HOW_LONG -> findsNew(DURATION, sentence, questionWords)
          || findsNew(DATE, sentence, questionWords);
      case WHO, WHERE -> hasNewName(sentence, questionWords);
      default -> true;
    };
  }

  private static final org.citebot.dates.DateExtractor DATES = new org.citebot.dates.DateExtractor();

  /**
   * A date expression that says when something happened (not a duration, not a cited report's
   * date, not "the 2020 war"), other than one the question itself names.
   */
  static boolean hasEventDate(String sentence, Set<String> questionWords) {
    for (org.citebot.dates.DateMention m : DATES.extract(sentence)) {
      if (m.kind() == org.citebot.dates.DateMention.Kind.DATE
          && !questionWords.containsAll(words(m.text()))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String text) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** A match of the pattern that is not just a word the question itself contains. */
  private static boolean findsNew(Pattern p, String sentence, Set<String> questionWords) {
    java.util.regex.Matcher m = p.matcher(sentence);
    while (m.find()) {
      String found = m.group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+$", "");
      if (!questionWords.contains(found)) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word that the question does not contain, past the sentence's first word. */
  static boolean hasNewName(String sentence, Set<String> questionWords) {
    String[] words = sentence.split("[^\\p{L}\\p{N}'’-]+");
    boolean first = true;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (!first && Character.isUpperCase(w.charAt(0))
          && !questionWords.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
      first = false;
    }
    return false;
  }
}
