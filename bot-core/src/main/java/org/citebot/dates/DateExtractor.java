package org.citebot.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.dates.DateExpression.Calendar;
import org.citebot.dates.DateExpression.Length;
import org.citebot.dates.DateExpression.Relative;
import org.citebot.dates.DateExpression.Weekday;
import org.citebot.dates.DateMention.Kind;
import org.citebot.text.TextSpan;

/**
 * Finds date expressions in English text, with their offsets. Stateless and thread-safe.
 *
 * <p>Month names must be capitalised, so the verb "may" is never a month; a bare month or year
 * ("in August", "since 1991") counts only after a preposition, so "the 2020 agreement" or "a
 * Shirak region" do not. Where candidates overlap, the one starting first wins, then the longest.
 */
public final class DateExtractor {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
      Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private static final String FULL_MONTH = "(?:January|February|March|April|May|June|July|August"
      + "|September|October|November|December)";
  /** A month, full or abbreviated ("Dec." or "Dec"); "May" and "March" only in full. */
  private static final String MONTH = "(?<mon>" + FULL_MONTH
      + "\\b|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])";
  /** A year; not a decade ("the 1990s") and not a time ("16:34"). */
  private static final String YEAR = "(?<year>(?:1[6-9]|20)\\d{2})(?![\\d:]|s\\b|\u2019s\\b|'s\\b)";
  private static final String RANGE_END = "(?:\\s*[-\u2013]\\s*[0-3]?\\d(?!\\d))?";
  private static final String HEDGE = "(?:(?<hedge>about|around|approximately|roughly|circa)\\s+)?";

  /** ISO dates: "2022-12-13". */
  private static final Pattern ISO = Pattern.compile(
      "\\b(?<year>\\d{4})-(?<mon>\\d{2})-(?<day>\\d{2})\\b");
  /** "Nov. 9, 2020", "April 23", "November 16-18", "May 2, 2023". */
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + HEDGE + MONTH + "\\s+" + DAY + RANGE_END + "(?:,?\\s+" + YEAR + ")?");
  /** "23 April", "13 December 2022", "9-10 November 2020". */
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b" + HEDGE + DAY + RANGE_END + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");
  /** "mid-December", "late December 2022", "early May", "the end of June". */
  private static final Pattern PART_MONTH = Pattern.compile(
      "\\b(?<part>[Ee]arly|[Mm]id|[Ll]ate|the\\s+(?:beginning|start|middle|end)\\s+of)"
          + "(?:\\s+|-)" + MONTH + "(?:,?\\s+(?:of\\s+)?" + YEAR + ")?");
  /** "November 2020", "before February 2022". */
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "\\b" + HEDGE + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
  /** "in August", "Later in November of this year"; not when a day or year follows. */
  private static final Pattern CUE_MONTH = Pattern.compile(
      "\\b(?<cue>(?:[Ll]ater\\s+|[Ee]arlier\\s+)?[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hroughout"
          + "|[Dd]uring|[Bb]efore|[Aa]fter)\\s+(?<mon>" + FULL_MONTH + ")\\b"
          + "(?:\\s+of\\s+(?<rel>this|last)\\s+year\\b)?(?!,?\\s+\\d)");
  /** "late 2022", "early 2023". */
  private static final Pattern PART_YEAR = Pattern.compile(
      "\\b(?<part>[Ee]arly|[Mm]id|[Ll]ate)(?:\\s+|-)" + YEAR + "(?![-\u2013]\\d)");
  /** "in 2020", "since 1991", "as of 2025", "autumn 2020". */
  private static final Pattern CUE_YEAR = Pattern.compile(
      "\\b(?<cue>[Ii]n|[Ss]ince|[Oo]f|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hroughout|[Dd]uring|[Bb]efore"
          + "|[Aa]fter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+" + YEAR
          + "(?![-\u2013/]\\d)");
  /** "on Thursday", "last Friday". */
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:[Oo]n|[Ll]ast|[Tt]his(?:\\s+past)?)\\s+"
          + "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  /** "earlier this month", "last year", "this year"; "the last year" is a length, see below. */
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(?<adv>(?:[Ee]arlier|[Ll]ater)\\s+)?(?<which>[Tt]his|[Ll]ast)\\s+(?<unit>month|year)\\b");
  private static final Pattern DAY_WORD = Pattern.compile("\\b(?<word>[Yy]esterday)\\b");
  private static final String COUNT = "(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine"
      + "|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|a\\s+few|many)";
  /** "two years", "44-day", "two and a half years", "for the last year", "over the past month". */
  private static final Pattern LENGTH = Pattern.compile(
      "\\b(?:" + COUNT + "(?:\\s+and\\s+a\\s+half)?(?:\\s+|-)(?:days?|weeks?|months?|years?"
          + "|decades?)|(?:[Ff]or|[Oo]ver|[Ii]n|[Dd]uring)\\s+the\\s+(?:last|past)\\s+"
          + "(?:" + COUNT + "\\s+)?(?:days?|weeks?|months?|years?|decades?))\\b");
  /**
   * A parenthetical source reference ending at the mention: "(see EDM, ", "(AzerNews, ", "(, ".
   */
  private static final Pattern CITATION_BEFORE = Pattern.compile(
      "\\((?:see\\s+)?[^()]{0,60},\\s*$");

  private record Candidate(TextSpan span, Kind kind, DateExpression expression) {}

  /** All date expressions in {@code text}, in order, non-overlapping. */
  public List<DateMention> extract(String text) {
    List<Candidate> found = new ArrayList<>();
    iso(text, found);
    monthDay(text, found, MONTH_DAY);
    monthDay(text, found, DAY_MONTH);
    partMonth(text, found);
    monthDay(text, found, MONTH_YEAR);
    cueMonth(text, found);
    partYear(text, found);
    cueYear(text, found);
    weekday(text, found);
    relative(text, found);
    lengths(text, found);
    found.sort(Comparator.<Candidate>comparingInt(c -> c.span().start())
        .thenComparingInt(c -> -c.span().length()));
    List<DateMention> out = new ArrayList<>();
    int end = 0;
    for (Candidate c : found) {
      if (c.span().start() < end) {
        continue;
      }
      Kind kind = c.kind() == Kind.DATE && isCitation(text, c.span()) ? Kind.CITATION : c.kind();
      out.add(new DateMention(c.span(), c.span().of(text), kind, c.expression()));
      end = c.span().end();
    }
    return List.copyOf(out);
  }

  private static boolean isCitation(String text, TextSpan span) {
    int from = Math.max(0, span.start() - 70);
    if (!CITATION_BEFORE.matcher(text.substring(from, span.start())).find()) {
      return false;
    }
    int i = span.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && text.charAt(i) == ')';
  }

  private static void iso(String text, List<Candidate> out) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group("year"));
      int month = Integer.parseInt(m.group("mon"));
      int day = Integer.parseInt(m.group("day"));
      if (year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        add(out, m, new Calendar(year, month, day, null, null, false));
      }
    }
  }

  private static void monthDay(String text, List<Candidate> out, Pattern p) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int day = p == MONTH_YEAR ? 0 : Integer.parseInt(m.group("day"));
      if (p != MONTH_YEAR && (day < 1 || day > 31)) {
        continue;
      }
      int year = m.group("year") == null ? 0 : Integer.parseInt(m.group("year"));
      add(out, m, new Calendar(year, month(m.group("mon")), day, null, null,
          m.group("hedge") != null));
    }
  }

  private static void partMonth(String text, List<Candidate> out) {
    Matcher m = PART_MONTH.matcher(text);
    while (m.find()) {
      int year = m.group("year") == null ? 0 : Integer.parseInt(m.group("year"));
      add(out, m, new Calendar(year, month(m.group("mon")), 0, part(m.group("part")), null, false));
    }
  }

  private static void cueMonth(String text, List<Candidate> out) {
    Matcher m = CUE_MONTH.matcher(text);
    while (m.find()) {
      String rel = m.group("rel");
      Integer offset = rel == null ? null : rel.equals("this") ? 0 : -1;
      add(out, m, new Calendar(0, month(m.group("mon")), 0, null, offset, false));
    }
  }

  private static void partYear(String text, List<Candidate> out) {
    Matcher m = PART_YEAR.matcher(text);
    while (m.find()) {
      add(out, m, new Calendar(Integer.parseInt(m.group("year")), 0, 0, part(m.group("part")),
          null, false));
    }
  }

  private static void cueYear(String text, List<Candidate> out) {
    Matcher m = CUE_YEAR.matcher(text);
    while (m.find()) {
      add(out, m, new Calendar(Integer.parseInt(m.group("year")), 0, 0, null, null, false));
    }
  }

  private static void weekday(String text, List<Candidate> out) {
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      add(out, m, new Weekday(DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT))));
    }
  }

  private static void relative(String text, List<Candidate> out) {
    Matcher m = RELATIVE.matcher(text);
    while (m.find()) {
      // "for the last year" is a length of time, found by LENGTH; "the last year" alone as well.
      if (m.group("adv") == null && text.substring(0, m.start()).endsWith("the ")) {
        continue;
      }
      Precision unit = m.group("unit").equals("month") ? Precision.MONTH : Precision.YEAR;
      int offset = m.group("which").equalsIgnoreCase("last") ? -1 : 0;
      add(out, m, new Relative(unit, offset, m.group("adv") != null));
    }
    Matcher d = DAY_WORD.matcher(text);
    while (d.find()) {
      add(out, d, new Relative(Precision.DAY, -1, false));
    }
  }

  private static void lengths(String text, List<Candidate> out) {
    Matcher m = LENGTH.matcher(text);
    while (m.find()) {
      out.add(new Candidate(new TextSpan(m.start(), m.end()), Kind.DURATION, new Length()));
    }
  }

  private static void add(List<Candidate> out, Matcher m, DateExpression e) {
    out.add(new Candidate(new TextSpan(m.start(), m.end()), Kind.DATE, e));
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    Integer month = MONTHS.get(key);
    if (month == null) {
      throw new IllegalStateException("the month pattern matched an unknown month: " + name);
    }
    return month;
  }

  private static Part part(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("early") || w.contains("beginning") || w.contains("start")) {
      return Part.EARLY;
    }
    if (w.startsWith("mid") || w.contains("middle")) {
      return Part.MID;
    }
    return Part.LATE;
  }
}
