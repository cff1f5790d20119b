package org.citebot.dates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as users read them, in English, written the same way on every platform: "30 May 2023" in
 * citations and listings, "30 May 2023" / "May 2023" in the abbreviated form of chart axes.
 */
public final class ReadableDates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

  private ReadableDates() {}

  /** "30 May 2023": the day with the month in full. */
  public static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** "3 Sep 2023": the day with the month abbreviated, where room is short (chart labels). */
  public static String shortDay(LocalDate date) {
    return SHORT_DAY.format(date);
  }

  /** "Sep 2023": the month of a date, abbreviated (chart axis ticks). */
  public static String shortMonth(LocalDate date) {
    return SHORT_MONTH.format(date);
  }
}
