package org.citebot.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General rules that read citation facts from single lines of a page: date lines, bylines, the
 * outlet's signature, and canonical-URL lines. Each rule answers "absent" rather than guessing.
 */
final class MetadataInference {

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
      + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
      + "\\.?";
  private static final String WEEKDAY =
      "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final String TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
      + "(?:\\s+[A-Z]{2,4})?)?";
  private static final String DATE_PREFIX =
      "(?:(?:published|posted|first published)(?:\\s+on)?:?\\s+)?";

  /** "January 03, 2023", "Dec. 13, 2022 16:34". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?i)" + DATE_PREFIX + WEEKDAY + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})" + TIME);
  /** "13 December 2022 16:34", "Published 22 May 2023". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?i)" + DATE_PREFIX + WEEKDAY + "(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME);
  /** "2023-01-03", "2023-01-03T10:00:00Z". */
  private static final Pattern ISO = Pattern.compile(
      "(?i)" + DATE_PREFIX + "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.+\\-Z]*)?");

  private static final Pattern BYLINE =
      Pattern.compile("(?i)^(?:by|written by|words by|author:)\\s+(.+)$");
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'\u2019.\\-]*(?:\\s+(?:(?:van|von|de|der|da|di|al|bin|ibn|la|le)\\s+)?"
          + "\\p{Lu}[\\p{L}'\u2019.\\-]*){0,4}");

  private static final Pattern PUBLICATION =
      Pattern.compile("(?i)^publication:\\s*(.+?)(?:\\s+(?:volume|vol\\.|issue|no\\.):.*)?$");
  private static final Pattern COPYRIGHT_BEFORE =
      Pattern.compile("^(.{2,60}?)\\s*(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?)"
          + "[\\s.,]*(?:all rights reserved[\\s.]*)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT_AFTER =
      Pattern.compile("^(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}(?:\\s*[-\u2013]\\s*\\d{4})?)?[\\s,]*"
          + "(.{2,60}?)[\\s.,]*(?:all rights reserved[\\s.]*)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUPPORT =
      Pattern.compile("^(?:Support|Donate to|A Message from)\\s+(.{2,60}?)\\s*[!:]$");
  private static final Pattern DISCLAIMER = Pattern.compile(
      "(?i)do(?:es)? not necessarily reflect the (?:position|views?|opinion)s? of\\s+(.{2,60}?)"
          + "\\s*\\.?$");
  private static final Pattern URL_LINE =
      Pattern.compile("(?i)^(?:original url|source url|canonical url|url)\\s*:\\s*<?(\\S*?)>?$");
  private static final Pattern BARE_URL = Pattern.compile("^<?(https?://[^\\s<>]+)>?$");

  /** Last words of an organisation's name: a line made of such a name may be the outlet. */
  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "group", "times", "post", "news", "monitor", "institute", "foundation", "agency", "center",
      "centre", "council", "review", "journal", "daily", "press", "media", "service", "tribune",
      "herald", "gazette", "observer", "guardian", "telegraph", "network", "report", "weekly",
      "magazine", "endowment", "watch", "initiative", "project", "forum", "chronicle");
  private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for", "on", "&");

  private MetadataInference() {}

  /** The date when the whole line is a date, optionally "Published", weekday and time. */
  static Optional<LocalDate> dateLine(String line) {
    String l = line.strip();
    Matcher m = MONTH_DAY_YEAR.matcher(l);
    if (m.matches()) {
      return date(m.group(3), MONTHS.get(monthKey(m.group(1))), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(l);
    if (m.matches()) {
      return date(m.group(3), MONTHS.get(monthKey(m.group(2))), m.group(1));
    }
    m = ISO.matcher(l);
    if (m.matches()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  /** A date at the start of a machine value such as {@code 2023-01-03T10:00:00+03:00}. */
  static Optional<LocalDate> isoDatePrefix(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})").matcher(value);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return dateLine(value);
  }

  /** The author names when the whole line is a byline ("By Kirill Krivosheev"). */
  static Optional<List<String>> byline(String line) {
    Matcher m = BYLINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> names = names(m.group(1));
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /** Names separated by commas, "and" or "&"; empty when any part is not a name. */
  static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.strip().split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) {
      String name = part.strip();
      if (!NAME.matcher(name).matches()) {
        return List.of();
      }
      out.add(name);
    }
    return out;
  }

  /** The outlet in "Publication: Eurasia Daily Monitor Volume: 20 Issue: 11". */
  static Optional<String> publicationLine(String line) {
    Matcher m = PUBLICATION.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Whether the line is a copyright notice ("Caliber.az © 2025. .", "© 2024 Acme News"). */
  static boolean isCopyright(String line) {
    String l = line.strip();
    return l.contains("©") || l.matches("(?i)^(copyright|\\(c\\))\\b.*")
        || l.matches("(?i).*\\ball rights reserved\\b.*");
  }

  /** The holder named in a copyright line, if the line is one. */
  static Optional<String> copyrightHolder(String line) {
    String l = line.strip();
    Matcher m = COPYRIGHT_BEFORE.matcher(l);
    if (m.matches() && !m.group(1).isBlank()) {
      return Optional.of(m.group(1).strip());
    }
    m = COPYRIGHT_AFTER.matcher(l);
    if (m.matches() && !m.group(1).isBlank()) {
      return Optional.of(m.group(1).strip());
    }
    return Optional.empty();
  }

  /** The outlet in an appeal: "Support The Moscow Times!", "A Message from The Moscow Times:". */
  static Optional<String> appealOutlet(String line) {
    Matcher m = SUPPORT.matcher(line.strip());
    return m.matches() && isOrganisationName(m.group(1), false)
        ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The outlet in "The views expressed ... do not necessarily reflect the position of X." */
  static Optional<String> disclaimerOutlet(String line) {
    Matcher m = DISCLAIMER.matcher(line.strip());
    return m.find() && isOrganisationName(m.group(1), false)
        ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Whether the line is only an organisation's name, such as "International Crisis Group". */
  static boolean isOrganisationLine(String line) {
    return isOrganisationName(line.strip(), true);
  }

  private static boolean isOrganisationName(String s, boolean requireOrganisationWord) {
    String[] words = s.split("\\s+");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!NAME_JOINERS.contains(w) && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return !requireOrganisationWord || ORGANISATION_WORDS.contains(last);
  }

  /** The URL announced by a line such as "Original url: https://..." (may be on the next line). */
  static Optional<String> urlLabel(String line) {
    Matcher m = URL_LINE.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The URL when the whole line is one, bare or in angle brackets. */
  static Optional<String> bareUrl(String line) {
    Matcher m = BARE_URL.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Splits a sentence-case headline that a page ran into its subtitle ("... Russian peacekeeping
   * Infertile mechanism for peace"): the last lower-case word followed by a capitalised word whose
   * phrase continues in lower case to the end marks where the subtitle starts. Title-case
   * headlines ("Find Themselves Sidelined in Nagorno-Karabakh") are returned unchanged.
   */
  static String headlineWithoutSubtitle(String line) {
    String[] words = line.strip().split("\\s+");
    int lowerInHead = 0;
    for (int i = 1; i < words.length; i++) {
      boolean prevLower = isLowerWord(words[i - 1]);
      if (prevLower) {
        lowerInHead++;
      }
      int tail = words.length - i;
      if (prevLower && Character.isUpperCase(words[i].codePointAt(0)) && tail >= 2 && tail <= 8
          && lowerInHead >= 3 && i >= 4 && restIsLowerCase(words, i + 1)) {
        return String.join(" ", java.util.Arrays.copyOf(words, i));
      }
    }
    return line.strip();
  }

  private static boolean restIsLowerCase(String[] words, int from) {
    for (int j = from; j < words.length; j++) {
      if (!isLowerWord(words[j])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerWord(String w) {
    return Character.isLowerCase(w.codePointAt(0));
  }

  private static Optional<LocalDate> date(String year, Integer month, String day) {
    if (month == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String monthKey(String m) {
    return m.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
  }

  private static Map<String, Integer> months() {
    String[] keys = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec"};
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      m.put(keys[i], i + 1);
    }
    return Map.copyOf(m);
  }
}
