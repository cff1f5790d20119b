package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.citebot.text.TextSpan;
import org.junit.jupiter.api.Test;

class QuoteTest {

  private final Article article = TextSegmenter.article(
      new Source("a", "Title", null, null, null, null, null), "One two. Three four.", "a.txt");

  @Test
  void text_isTheSliceOfTheArticle() {
    Quote q = new Quote(article, 9, 20, 1.0, List.of(new TextSpan(0, 5)), null);
    assertEquals("Three four.", q.text());
  }

  @Test
  void constructor_rangeOutsideTheArticle_isRejectedWithBothNumbers() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Quote(article, 5, 99, 1.0, List.of(), null));
    assertEquals("illegal quote range: start 5, end 99, must satisfy 0 <= start < end <= 20 "
        + "for article a", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Quote(article, 4, 4, 1, List.of(), null));
  }

  @Test
  void constructor_highlightOutsideTheQuote_isRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new Quote(article, 0, 8, 1.0, List.of(new TextSpan(3, 12)), null));
    assertThrows(IllegalArgumentException.class, () -> new Quote(article, 0, 8, 1.0,
        List.of(new TextSpan(4, 7), new TextSpan(0, 3)), null));
  }

  @Test
  void answer_abstentionWithQuotes_isRejected() {
    Quote q = new Quote(article, 0, 8, 1.0, List.of(), null);
    assertThrows(IllegalArgumentException.class, () -> new Answer("id", "q", false,
        QuestionType.WHAT, List.of(q), List.of(), List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Answer("id", "q", true,
        QuestionType.WHAT, List.of(), List.of(), List.of(), List.of()));
  }
}
