package org.citebot.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citebot.dates.DateMention.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

  private final DateExtractor extractor = new DateExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "On 23 April, Baku opened a checkpoint.                 | 23 April            | DATE",
      "The road closed on April 23 after talks.               | April 23            | DATE",
      "Since Dec. 12, activists have blocked the road.        | Dec. 12             | DATE",
      "The agreement of Nov. 9, 2020 ended the war.           | Nov. 9, 2020        | DATE",
      "On December 27, 2022, Pashinyan met Putin.             | December 27, 2022   | DATE",
      "It was reported on 13 December 2022 by the ministry.   | 13 December 2022    | DATE",
      "Then, starting in mid-December, activists gathered.    | mid-December        | DATE",
      "In late December 2022, the company shut down.          | late December 2022  | DATE",
      "Leaders met in Brussels in early May.                  | early May           | DATE",
      "In early November 2022, weapons were moved.            | early November 2022 | DATE",
      "The new road opened in August and cut the route.       | in August           | DATE",
      "Russia brokered a ceasefire in 2020 to end the war.    | in 2020             | DATE",
      "Armenia on Thursday accused the peacekeepers.          | on Thursday         | DATE",
      "Earlier this month Armenia accused Azerbaijan.         | Earlier this month  | DATE",
      "Prices rose sharply last year in the region.           | last year           | DATE",
      "The mission has been deployed for two years now.       | two years           | DURATION",
      "The enclave has been disputed since 1991 by both.      | since 1991          | DATE",
      "Moreover, on November 16-18, vehicles were seen.       | November 16-18      | DATE",
      "The file is dated 2022-12-13 in the archive.           | 2022-12-13          | DATE",
      "Nothing has changed for the last year, they said.      | for the last year   | DURATION",
      "A report appeared (see EDM, December 19, 2022).        | December 19, 2022   | CITATION"
  })
  void extract_findsEachExpressionForm_withItsOffsets(String sentence, String expected, Kind kind) {
    List<DateMention> mentions = extractor.extract(sentence);

    assertEquals(1, mentions.size(), () -> "mentions in '" + sentence + "': " + mentions);
    DateMention m = mentions.get(0);
    assertEquals(expected, m.text());
    assertEquals(sentence.indexOf(expected), m.span().start());
    assertEquals(expected, m.span().of(sentence));
    assertEquals(kind, m.kind());
  }

  @Test
  void extract_severalDatesInOneSentence_returnsEachInOrder() {
    String s = "Trucks left between November 10 and November 14, 2022 and returned on Dec. 3.";

    List<String> texts = extractor.extract(s).stream().map(DateMention::text).toList();

    assertEquals(List.of("November 10", "November 14, 2022", "Dec. 3"), texts);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Azerbaijan may also see the checkpoint as a threat.",
      "It violates the 2020 ceasefire agreement, Moscow said.",
      "You will receive it in your mailbox every Friday.",
      "Armenian forces held the area since the early 1990s.",
      "The post was updated at 16:34 by the editors.",
      "More than 60 armed men were detained near the border."
  })
  void extract_textWithoutADate_findsNoDate(String sentence) {
    List<DateMention> dates = extractor.extract(sentence).stream()
        .filter(m -> m.kind() == Kind.DATE).toList();

    assertTrue(dates.isEmpty(), () -> "unexpected dates " + dates);
  }

  @Test
  void extract_monthFollowedByYear_takesTheYearWithTheMonth() {
    List<DateMention> mentions = extractor.extract("Troops have been there since November 2020.");

    assertEquals(1, mentions.size());
    assertEquals("November 2020", mentions.get(0).text());
  }
}
