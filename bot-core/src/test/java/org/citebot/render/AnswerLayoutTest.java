package org.citebot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.answer.Quote;
import org.citebot.text.Article;
import org.junit.jupiter.api.Test;

class AnswerLayoutTest {

  private final Article crisis = Layouts.article(Layouts.CRISIS, "The checkpoint opened on 23 April.",
      "Clashes followed in May.", "Talks resumed in June.");
  private final Article oc = Layouts.article(Layouts.OC, "Residents said the checkpoint stayed shut.",
      "Trucks waited for days.");
  private final Article undated = Layouts.article(Layouts.UNDATED, "Nothing dated here.");

  @Test
  void of_quotesFromTwoSources_areNumberedByFirstAppearance() {
    AnswerLayout layout = AnswerLayout.of(Layouts.answered(List.of(Layouts.quote(crisis, 0),
        Layouts.quote(oc, 0), Layouts.quote(crisis, 1)), List.of()));

    assertEquals(List.of(1, 2, 1), layout.quotes().stream().map(NumberedQuote::citation).toList());
    assertEquals(List.of("[1] ", "[2] "), layout.citations().stream().map(CitationLine::marker)
        .toList());
    assertEquals(List.of(Layouts.CRISIS, Layouts.OC),
        layout.citations().stream().map(CitationLine::source).toList());
  }

  @Test
  void of_quoteText_isTheExactSliceOfItsSource() {
    Quote q = Layouts.quote(oc, 1);
    NumberedQuote shown = AnswerLayout.of(Layouts.answered(List.of(q), List.of())).quotes().get(0);

    assertEquals(oc.text().substring(q.start(), q.end()), shown.text());
    assertEquals("[1]", shown.marker());
  }

  @Test
  void more_continuesTheAnswersNumbering() {
    Answer answer = Layouts.answered(List.of(Layouts.quote(crisis, 0)),
        List.of(Layouts.quote(oc, 0), Layouts.quote(crisis, 2), Layouts.quote(undated, 0)));

    AnswerLayout more = AnswerLayout.more(answer);

    assertEquals(List.of(2, 1, 3), more.quotes().stream().map(NumberedQuote::citation).toList());
    assertEquals(List.of(2, 1, 3), more.citations().stream().map(CitationLine::number).toList());
    assertTrue(more.notes().isEmpty(), "notes belong to the first message only");
  }

  @Test
  void ofQuotes_numbersFromOneWhateverCameBefore() {
    Answer answer = Layouts.answered(List.of(Layouts.quote(crisis, 0)),
        List.of(Layouts.quote(oc, 0)));

    AnswerLayout page = AnswerLayout.ofQuotes(answer.question(), answer.more());

    assertEquals(1, page.quotes().get(0).citation());
  }

  @Test
  void withMore_numbersQuotesAndFurtherQuotesAsOneList() {
    Answer answer = Layouts.answered(List.of(Layouts.quote(crisis, 0)),
        List.of(Layouts.quote(oc, 0), Layouts.quote(crisis, 1)));

    assertEquals(List.of(1, 2, 1), AnswerLayout.withMore(answer).quotes().stream()
        .map(NumberedQuote::citation).toList());
  }

  @Test
  void firstQuotes_dropsLowerRankedQuotesAndTheCitationsOnlyTheyNeeded() {
    AnswerLayout layout = AnswerLayout.of(Layouts.answered(List.of(Layouts.quote(crisis, 0),
        Layouts.quote(crisis, 1), Layouts.quote(oc, 0)), List.of()));

    AnswerLayout two = layout.firstQuotes(2);

    assertEquals(2, two.quotes().size());
    assertEquals(List.of(Layouts.CRISIS), two.citations().stream().map(CitationLine::source)
        .toList());
    assertEquals(3, layout.quotes().size(), "the original layout is unchanged");
    assertEquals("illegal count: -1, must not be negative",
        assertThrows(IllegalArgumentException.class, () -> layout.firstQuotes(-1)).getMessage());
  }

  @Test
  void abstention_hasNoQuotesAndNumbersItsRelatedArticles() {
    AnswerLayout layout = AnswerLayout.of(Layouts.abstained(List.of(Layouts.OC, Layouts.CRISIS)));

    assertFalse(layout.answered());
    assertTrue(layout.quotes().isEmpty());
    assertEquals(List.of(1, 2), layout.related().stream().map(CitationLine::number).toList());
  }

  @Test
  void citationLine_writesTheDateInWordsOnce() {
    CitationLine dated = new CitationLine(1, Layouts.OC);
    CitationLine undatedLine = new CitationLine(2, Layouts.UNDATED);

    assertEquals(Optional.of("3 September 2023"), dated.date());
    assertEquals("OC Media, 3 September 2023", dated.outletAndDate());
    assertEquals(Optional.empty(), undatedLine.date());
    assertEquals("Notes", undatedLine.outletAndDate(), "the title stands in for the outlet");
  }

  @Test
  void plainText_rendersQuotesThenCitationsWithDates() {
    String text = PlainAnswerText.render(Layouts.answered(List.of(Layouts.quote(crisis, 0),
        Layouts.quote(oc, 0)), List.of()));

    assertEquals("(Your question was shortened.)\n"
        + "\u201cThe checkpoint opened on 23 April.\u201d [1]\n\n"
        + "\u201cResidents said the checkpoint stayed shut.\u201d [2]\n\n"
        + "[1] Crisis Group, \"Lachin Corridor Crisis\", 22 May 2023, https://example.org/crisis\n"
        + "[2] OC Media, \"Checkpoint stays shut\", 3 September 2023\n", text);
  }

  @Test
  void plainText_abstention_saysNotAnsweredAndListsRelated() {
    String text = PlainAnswerText.render(Layouts.abstained(List.of(Layouts.OC)));

    assertEquals(AnswerTexts.NOT_ANSWERED + "\n" + AnswerTexts.RELATED_INTRO + "\n"
        + "  - OC Media, \"Checkpoint stays shut\", 3 September 2023\n", text);
  }

  @Test
  void footer_countsArticlesInTheSingularAndPlural() {
    assertEquals("Every answer is a verbatim quote from 1 article; nothing is generated.",
        AnswerTexts.footer(1));
    assertTrue(AnswerTexts.footer(3).contains("from 3 articles;"));
    assertEquals("illegal articleCount: -1, must not be negative",
        assertThrows(IllegalArgumentException.class, () -> AnswerTexts.footer(-1)).getMessage());
  }
}
