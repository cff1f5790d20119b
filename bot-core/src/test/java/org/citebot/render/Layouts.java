package org.citebot.render;

import java.time.LocalDate;
import java.util.List;
import org.citebot.answer.Answer;
import org.citebot.answer.QuestionType;
import org.citebot.answer.Quote;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;

/** Tiny hand-made articles and answers for the render tests. */
final class Layouts {

  static final Source CRISIS = new Source("crisis", "Lachin Corridor Crisis", "Crisis Group",
      List.of(), LocalDate.of(2023, 5, 22), "https://example.org/crisis", "en");
  static final Source OC = new Source("oc", "Checkpoint stays shut", "OC Media", List.of(),
      LocalDate.of(2023, 9, 3), null, "en");
  static final Source UNDATED = new Source("undated", "Notes", null, List.of(), null, null, "en");

  private Layouts() {}

  /** An article of one sentence per string, separated by single spaces. */
  static Article article(Source source, String... sentences) {
    String text = String.join(" ", sentences);
    List<TextSpan> spans = new java.util.ArrayList<>();
    int at = 0;
    for (String s : sentences) {
      spans.add(new TextSpan(at, at + s.length()));
      at += s.length() + 1;
    }
    return new Article(source, text, List.of(new TextSpan(0, text.length())), spans,
        source.id() + ".txt");
  }

  static Quote quote(Article article, int sentence) {
    TextSpan s = article.sentences().get(sentence);
    return new Quote(article, s.start(), s.end(), 1.0, List.of(), null);
  }

  static Answer answered(List<Quote> quotes, List<Quote> more) {
    return new Answer("a1", "When did the checkpoint open?", true, QuestionType.WHEN, quotes, more,
        List.of(), List.of("Your question was shortened."));
  }

  static Answer abstained(List<Source> related) {
    return new Answer("n1", "Who won the cup?", false, QuestionType.WHO, List.of(), List.of(),
        related, List.of());
  }
}
