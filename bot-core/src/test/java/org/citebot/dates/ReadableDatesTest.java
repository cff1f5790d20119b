package org.citebot.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadableDatesTest {

  private final LocalDate date = LocalDate.of(2023, 9, 3);

  @Test
  void day_writesTheMonthInFullWithoutALeadingZero() {
    assertEquals("3 September 2023", ReadableDates.day(date));
  }

  @Test
  void shortForms_abbreviateTheMonth() {
    assertEquals("3 Sep 2023", ReadableDates.shortDay(date));
    assertEquals("Sep 2023", ReadableDates.shortMonth(date));
  }
}
