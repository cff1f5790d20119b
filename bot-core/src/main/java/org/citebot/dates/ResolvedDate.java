package org.citebot.dates;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A date placed on the calendar with no more precision than its text has. The date is the first
 * day of the period meant (the 1st for a month, the 11th for "mid-" a month, 1 January for a
 * year), so dates of any precision sort together.
 *
 * @param date the first day of the period
 * @param precision how exact the text is
 * @param approximate whether the text hedges, shown as "about"
 */
public record ResolvedDate(LocalDate date, Precision precision, boolean approximate)
    implements Comparable<ResolvedDate> {

  public ResolvedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    boolean fits = switch (precision) {
      case DAY -> true;
      case PART_OF_MONTH -> date.getDayOfMonth() == Part.ofDayOfMonth(date.getDayOfMonth())
          .firstDayOfMonth();
      case MONTH -> date.getDayOfMonth() == 1;
      case PART_OF_YEAR -> date.getDayOfMonth() == 1
          && date.getMonthValue() == Part.ofMonthOfYear(date.getMonthValue()).firstMonthOfYear();
      case YEAR -> date.getDayOfYear() == 1;
    };
    if (!fits) {
      throw new IllegalArgumentException("date " + date + " is not the first day of a "
          + precision + " period; use the 1st (month), 1st/11th/21st (part of month), 1 January/May/"
          + "September (part of year) or 1 January (year)");
    }
  }

  public static ResolvedDate day(LocalDate date) {
    return new ResolvedDate(date, Precision.DAY, false);
  }

  /** The date in words: "23 April 2023", "mid-December 2022", "about December 2022", "2020". */
  public String label() {
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String year = Integer.toString(date.getYear());
    String words = switch (precision) {
      case DAY -> date.getDayOfMonth() + " " + month + " " + year;
      case PART_OF_MONTH -> partWord(Part.ofDayOfMonth(date.getDayOfMonth())) + month + " " + year;
      case MONTH -> month + " " + year;
      case PART_OF_YEAR -> partWord(Part.ofMonthOfYear(date.getMonthValue())) + year;
      case YEAR -> year;
    };
    return approximate ? "about " + words : words;
  }

  private static String partWord(Part part) {
    return part == Part.MID ? part.word() : part.word() + " ";
  }

  /** Earlier first; at the same first day, the more precise first. */
  @Override
  public int compareTo(ResolvedDate o) {
    int c = date.compareTo(o.date);
    return c != 0 ? c : precision.compareTo(o.precision);
  }
}
