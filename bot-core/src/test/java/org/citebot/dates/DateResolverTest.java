package org.citebot.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

  private final DateResolver resolver = new DateResolver();

  /** Resolves the only date mention of a sentence. */
  private Optional<ResolvedDate> resolve(String sentence, LocalDate published) {
    List<DateMention> mentions = resolver.extractor().extract(sentence);
    assertEquals(1, mentions.size(), () -> "mentions in '" + sentence + "': " + mentions);
    return resolver.resolve(mentions.get(0), published);
  }

  @ParameterizedTest(name = "{0} published {1}")
  @CsvSource(delimiter = '|', value = {
      // sentence                                   | published  | date       | precision     | approx | label
      "On Dec. 12, Baku blocked the road.           | 2023-01-03 | 2022-12-12 | DAY           | false | 12 December 2022",
      "On 23 April, Baku opened a checkpoint.       | 2023-05-22 | 2023-04-23 | DAY           | false | 23 April 2023",
      "It closed on April 23 after talks.           | 2023-05-22 | 2023-04-23 | DAY           | false | 23 April 2023",
      "The agreement of Nov. 9, 2020 held.          | 2023-01-03 | 2020-11-09 | DAY           | false | 9 November 2020",
      "On December 27, 2022, they met.              | 2023-01-24 | 2022-12-27 | DAY           | false | 27 December 2022",
      "It was reported on 13 December 2022 there.   | 2023-01-24 | 2022-12-13 | DAY           | false | 13 December 2022",
      "Starting in mid-December, activists came.    | 2023-05-22 | 2022-12-11 | PART_OF_MONTH | false | mid-December 2022",
      "In late December 2022, the mine closed.      | 2023-01-24 | 2022-12-21 | PART_OF_MONTH | false | late December 2022",
      "Leaders met in early May.                    | 2023-05-22 | 2023-05-01 | PART_OF_MONTH | false | early May 2023",
      "In early November 2022, arms were moved.     | 2022-12-13 | 2022-11-01 | PART_OF_MONTH | false | early November 2022",
      "The road opened in August and cut the route. | 2022-12-13 | 2022-08-01 | MONTH         | false | August 2022",
      "The road opened in August and cut the route. | 2022-03-01 | 2021-08-01 | MONTH         | false | August 2021",
      "Russia brokered a ceasefire in 2020.         | 2023-01-03 | 2020-01-01 | YEAR          | false | 2020",
      "Armenia on Thursday accused them.            | 2022-12-22 | 2022-12-22 | DAY           | false | 22 December 2022",
      "Armenia on Thursday accused them.            | 2022-12-24 | 2022-12-22 | DAY           | false | 22 December 2022",
      "Earlier this month Armenia complained.       | 2022-12-22 | 2022-12-01 | MONTH         | true  | about December 2022",
      "Prices rose sharply last year.               | 2023-01-03 | 2022-01-01 | YEAR          | false | 2022",
      "It has been disputed since 1991.             | 2023-01-03 | 1991-01-01 | YEAR          | false | 1991",
      "Moreover, on November 16-18, trucks passed.  | 2022-12-13 | 2022-11-16 | DAY           | false | 16 November 2022",
      "The file is dated 2022-12-13 in the archive. | 2023-01-03 | 2022-12-13 | DAY           | false | 13 December 2022",
      "It ended in August of this year.             | 2022-12-13 | 2022-08-01 | MONTH         | false | August 2022",
      "It was blamed for the late 2022 blockade.    | 2023-05-22 | 2022-09-01 | PART_OF_YEAR  | false | late 2022",
      "They met about March 3, 2021 in Moscow.      | 2023-05-22 | 2021-03-03 | DAY           | true  | about 3 March 2021"
  })
  void resolve_readsTheDateAgainstPublication(String sentence, LocalDate published,
      LocalDate date, Precision precision, boolean approximate, String label) {
    ResolvedDate d = resolve(sentence, published).orElseThrow();

    assertEquals(new ResolvedDate(date, precision, approximate), d);
    assertEquals(label, d.label());
  }

  @Test
  void resolve_yearlessDateSoonAfterPublication_staysInTheComingMonths() {
    ResolvedDate d = resolve("Another meeting is planned at the beginning of June.",
        LocalDate.of(2023, 5, 22)).orElseThrow();

    assertEquals(LocalDate.of(2023, 6, 1), d.date());
    assertEquals("early June 2023", d.label());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "On Dec. 12, Baku blocked the road.",
      "Armenia on Thursday accused them.",
      "Earlier this month Armenia complained.",
      "The road opened in August and cut the route.",
      "Prices rose sharply last year."
  })
  void resolve_partialDateInUndatedArticle_resolvesToNothing(String sentence) {
    assertEquals(Optional.empty(), resolve(sentence, null));
  }

  @Test
  void resolve_absoluteDateInUndatedArticle_resolves() {
    assertEquals(Optional.of(ResolvedDate.day(LocalDate.of(2020, 11, 10))),
        resolve("The trilateral statement of November 10, 2020 says so.", null));
  }

  @Test
  void resolve_duration_isNoDate() {
    assertEquals(Optional.empty(), resolve("The mission lasted two years.", LocalDate.now()));
  }

  @Test
  void resolve_dayThatDoesNotExist_isNoDate() {
    assertEquals(Optional.empty(), resolve("It happened on February 30, 2022.", null));
  }

  @Test
  void resolvedDate_notFirstDayOfItsPeriod_isRejectedWithTheValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ResolvedDate(LocalDate.of(2022, 12, 5), Precision.MONTH, false));

    assertTrue(e.getMessage().startsWith("date 2022-12-05 is not the first day of a MONTH"),
        e.getMessage());
  }

  @Test
  void labelFor_whenSentence_labelsItsFirstEventDate() {
    String text = "Crisis Group.\n\nOn 23 April, Baku opened a checkpoint (see EDM, May 1, 2023). "
        + "The road was shut.";
    Article article = TextSegmenter.article(new Source("cg", "Lachin", "Crisis Group", List.of(),
        LocalDate.of(2023, 5, 22), null, "en"), text, "cg.txt");

    assertEquals(Optional.of("23 April 2023"), resolver.labelFor(article, article.sentences().get(1)));
    assertEquals(Optional.empty(), resolver.labelFor(article, article.sentences().get(2)));
  }

  @Test
  void labelFor_onlyACitationOrAFutureDate_hasNoLabel() {
    String text = "The mandate expires in November 2025 (see EDM, May 1, 2023).";
    Article article = TextSegmenter.article(new Source("cg", "Lachin", null, List.of(),
        LocalDate.of(2023, 5, 22), null, "en"), text, "cg.txt");

    assertFalse(resolver.labelFor(article, article.sentences().get(0)).isPresent());
  }
}
