package org.citebot.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citebot.dates.DateExpression.Calendar;
import org.citebot.dates.DateExpression.Length;
import org.citebot.dates.DateExpression.Relative;
import org.citebot.dates.DateExpression.Weekday;
import org.citebot.text.Article;
import org.citebot.text.TextSpan;

/**
 * Places date mentions on the calendar, reading partial and relative dates against the date the
 * article was published. Thread-safe.
 *
 * <p>A month and day without a year ("Dec. 12") take the most recent year that puts them on or
 * before publication, with one exception: a date up to {@value #FUTURE_WINDOW_DAYS} days after
 * publication stays in the published year, because "a meeting at the beginning of June" in an
 * article of 22 May means the coming June, not the one eleven months earlier. Such a date lies
 * after publication, so the timeline leaves it out instead of showing it in the wrong year.
 * Articles without a published date resolve only dates that state their year.
 */
public final class DateResolver {

  /** How far after publication a yearless date is read as a coming one rather than last year's. */
  public static final int FUTURE_WINDOW_DAYS = 92;

  private final DateExtractor extractor;

  public DateResolver(DateExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  public DateResolver() {
    this(new DateExtractor());
  }

  public DateExtractor extractor() {
    return extractor;
  }

  /**
   * The date a mention means, or empty when it is a length of time, names an impossible day, or
   * needs a published date that is unknown.
   *
   * @param published the article's publication date, or null when unknown
   */
  public Optional<ResolvedDate> resolve(DateMention mention, LocalDate published) {
    Objects.requireNonNull(mention, "mention");
    try {
      return switch (mention.expression()) {
        case Calendar c -> calendar(c, published);
        case Weekday w -> published == null ? Optional.empty()
            : Optional.of(ResolvedDate.day(
                published.with(TemporalAdjusters.previousOrSame(w.day()))));
        case Relative r -> relative(r, published);
        case Length l -> Optional.empty();
      };
    } catch (DateTimeException e) {
      // "February 30" and the like: the text names no real day, so there is nothing to place.
      return Optional.empty();
    }
  }

  /**
   * The label of the first event date in a sentence of an article ("23 April 2023"), for showing
   * beside a "when" answer; empty when the sentence has none that can be resolved.
   */
  public Optional<String> labelFor(Article article, TextSpan sentence) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentence, "sentence");
    return labelFor(extractor.extract(article.slice(sentence)), article.source().published());
  }

  /**
   * The label of the first event date among a sentence's already extracted mentions that falls
   * on or before publication.
   */
  public Optional<String> labelFor(List<DateMention> mentions, LocalDate published) {
    for (DateMention m : mentions) {
      if (m.kind() != DateMention.Kind.DATE) {
        continue;
      }
      Optional<ResolvedDate> d = resolve(m, published);
      if (d.isPresent() && (published == null || !d.get().date().isAfter(published))) {
        return Optional.of(d.get().label());
      }
    }
    return Optional.empty();
  }

  private static Optional<ResolvedDate> calendar(Calendar c, LocalDate published) {
    int year = c.year();
    if (year == 0) {
      if (published == null) {
        return Optional.empty();
      }
      if (c.yearOffset() != null) {
        year = published.getYear() + c.yearOffset();
      } else {
        year = published.getYear();
        LocalDate first = firstDay(c, year);
        if (first.isAfter(published.plusDays(FUTURE_WINDOW_DAYS))) {
          year--;
        }
      }
    }
    LocalDate first = firstDay(c, year);
    Precision precision;
    if (c.month() == 0) {
      precision = c.part() == null ? Precision.YEAR : Precision.PART_OF_YEAR;
    } else if (c.day() != 0) {
      precision = Precision.DAY;
    } else {
      precision = c.part() == null ? Precision.MONTH : Precision.PART_OF_MONTH;
    }
    return Optional.of(new ResolvedDate(first, precision, c.approximate()));
  }

  private static LocalDate firstDay(Calendar c, int year) {
    if (c.month() == 0) {
      return LocalDate.of(year, c.part() == null ? 1 : c.part().firstMonthOfYear(), 1);
    }
    int day = c.day() != 0 ? c.day() : c.part() != null ? c.part().firstDayOfMonth() : 1;
    return LocalDate.of(year, c.month(), day);
  }

  private static Optional<ResolvedDate> relative(Relative r, LocalDate published) {
    if (published == null) {
      return Optional.empty();
    }
    return Optional.of(switch (r.unit()) {
      case DAY -> new ResolvedDate(published.plusDays(r.offset()), Precision.DAY, r.approximate());
      case MONTH -> new ResolvedDate(
          YearMonth.from(published).plusMonths(r.offset()).atDay(1), Precision.MONTH,
          r.approximate());
      case YEAR -> new ResolvedDate(LocalDate.of(published.getYear() + r.offset(), 1, 1),
          Precision.YEAR, r.approximate());
      default -> throw new IllegalStateException("unexpected unit " + r.unit());
    });
  }
}
