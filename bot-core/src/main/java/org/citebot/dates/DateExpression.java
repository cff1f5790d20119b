package org.citebot.dates;

import java.time.DayOfWeek;

/**
 * What a date mention says, before it is placed on the calendar. Fields the text leaves out are
 * 0 (year, month, day) or null (part), never guessed.
 */
public sealed interface DateExpression {

  /**
   * A calendar date, complete or partial: "Nov. 9, 2020", "23 April", "in August", "late December
   * 2022", "since 1991".
   *
   * @param year the year, or 0 when the text does not state it
   * @param month 1-12, or 0 for a year alone
   * @param day 1-31, or 0 when no day is stated
   * @param part a third of the month (with a month) or year (without), or null
   * @param yearOffset when the year is given relative to publication ("of this year" = 0, "of last
   *     year" = -1), else null
   * @param approximate whether the text hedges ("about", "around")
   */
  record Calendar(int year, int month, int day, Part part, Integer yearOffset, boolean approximate)
      implements DateExpression {
    public Calendar {
      if (year != 0 && (year < 1000 || year > 2999)) {
        throw new IllegalArgumentException("illegal year " + year + ", must be 0 or 1000-2999");
      }
      if (month < 0 || month > 12) {
        throw new IllegalArgumentException("illegal month " + month + ", must be 0-12");
      }
      if (day < 0 || day > 31) {
        throw new IllegalArgumentException("illegal day " + day + ", must be 0-31");
      }
      if (day != 0 && (month == 0 || part != null)) {
        throw new IllegalArgumentException("a day (" + day + ") needs a month (" + month
            + ") and no part (" + part + ")");
      }
      if (year == 0 && month == 0) {
        throw new IllegalArgumentException("a calendar date needs a year or a month");
      }
      if (year != 0 && yearOffset != null) {
        throw new IllegalArgumentException(
            "year " + year + " and yearOffset " + yearOffset + " are exclusive");
      }
    }
  }

  /** A day of the week, meaning the most recent such day: "on Thursday". */
  record Weekday(DayOfWeek day) implements DateExpression {
    public Weekday {
      java.util.Objects.requireNonNull(day, "day");
    }
  }

  /**
   * A period relative to publication: "earlier this month" (MONTH, 0, approximate), "last year"
   * (YEAR, -1), "yesterday" (DAY, -1).
   *
   * @param unit DAY, MONTH or YEAR
   * @param offset how many units from the published one (0 = the same, -1 = the previous)
   * @param approximate whether the text hedges ("earlier this month")
   */
  record Relative(Precision unit, int offset, boolean approximate) implements DateExpression {
    public Relative {
      if (unit != Precision.DAY && unit != Precision.MONTH && unit != Precision.YEAR) {
        throw new IllegalArgumentException("illegal unit " + unit + ", must be DAY, MONTH or YEAR");
      }
    }
  }

  /** A length of time, not a point in it: "two years", "44-day", "for the last year". */
  record Length() implements DateExpression {}
}
