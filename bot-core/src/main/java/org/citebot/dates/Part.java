package org.citebot.dates;

/**
 * A third of a month or year, as in "early May", "mid-December", "late 2022". Each part is
 * represented by its first day (or month), so that part-of dates sort among exact ones.
 */
public enum Part {
  EARLY("early", 1, 1),
  MID("mid-", 11, 5),
  LATE("late", 21, 9);

  private final String word;
  private final int firstDayOfMonth;
  private final int firstMonthOfYear;

  Part(String word, int firstDayOfMonth, int firstMonthOfYear) {
    this.word = word;
    this.firstDayOfMonth = firstDayOfMonth;
    this.firstMonthOfYear = firstMonthOfYear;
  }

  /** The word as written before a month or year ("mid-" joins without a space). */
  public String word() {
    return word;
  }

  public int firstDayOfMonth() {
    return firstDayOfMonth;
  }

  public int firstMonthOfYear() {
    return firstMonthOfYear;
  }

  /** The part a representative day of a month stands for. */
  static Part ofDayOfMonth(int day) {
    return day >= LATE.firstDayOfMonth ? LATE : day >= MID.firstDayOfMonth ? MID : EARLY;
  }

  static Part ofMonthOfYear(int month) {
    return month >= LATE.firstMonthOfYear ? LATE : month >= MID.firstMonthOfYear ? MID : EARLY;
  }
}
