package org.citebot.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.citebot.answer.Quote;
import org.citebot.dates.ResolvedDate;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;

/**
 * A dated event: a sentence quoted verbatim and one date expression in it, placed on the calendar.
 *
 * @param article the article that reports it
 * @param sentence the quoted sentence, as offsets into {@code article.text()}
 * @param expression the date expression, as offsets into {@code article.text()}, inside the
 *     sentence
 * @param date what the expression means
 */
public record TimelineEvent(Article article, TextSpan sentence, TextSpan expression,
    ResolvedDate date) {

  /** By date, then source id, then position of the date expression in the article. */
  public static final Comparator<TimelineEvent> CHRONOLOGICAL =
      Comparator.comparing(TimelineEvent::date)
          .thenComparing(e -> e.article().id())
          .thenComparing(TimelineEvent::expression);

  public TimelineEvent {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(date, "date");
    if (sentence.length() == 0 || sentence.end() > article.text().length()) {
      throw new IllegalArgumentException("illegal sentence " + sentence
          + ", must be non-empty and inside the text (length " + article.text().length()
          + ") of article " + article.id());
    }
    if (!sentence.contains(expression) || expression.length() == 0) {
      throw new IllegalArgumentException("date expression " + expression
          + " must be non-empty and inside its sentence " + sentence);
    }
  }

  /** The quoted sentence, exactly as in the article. */
  public String text() {
    return sentence.of(article.text());
  }

  /** The date expression as written ("Dec. 12"). */
  public String expressionText() {
    return expression.of(article.text());
  }

  public Source source() {
    return article.source();
  }

  /** The date in words ("12 December 2022"). */
  public String label() {
    return date.label();
  }

  /**
   * The event as a quote: the sentence, its date expression highlighted and its date as the
   * label, so chat adapters render events like any other cited quote.
   */
  public Quote quote() {
    TextSpan highlight = expression.shift(-sentence.start());
    return new Quote(article, sentence.start(), sentence.end(), 0, List.of(highlight), label());
  }
}
