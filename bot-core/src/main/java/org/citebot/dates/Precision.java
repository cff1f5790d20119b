package org.citebot.dates;

/** How exactly a text pins a date down; never finer than the text itself says. */
public enum Precision {
  /** A calendar day: "23 April 2023", "on Thursday". */
  DAY,
  /** A third of a month: "early May", "mid-December", "late December 2022". */
  PART_OF_MONTH,
  /** A month: "in August", "December 2022", "earlier this month". */
  MONTH,
  /** A third of a year: "late 2022". */
  PART_OF_YEAR,
  /** A year: "in 2020", "since 1991", "last year". */
  YEAR
}
