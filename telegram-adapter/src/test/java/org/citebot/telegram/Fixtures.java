package org.citebot.telegram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.QuestionType;
import org.citebot.answer.Quote;
import org.citebot.answer.SourceSummary;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.citebot.text.TextSpan;

/** Tiny hand-built articles and answers. */
final class Fixtures {

  private Fixtures() {}

  static final String CHECKPOINT_SENTENCE = "On 23 April, Baku opened a checkpoint on the Lachin "
      + "corridor, the only road connecting Armenia to Nagorno-Karabakh.";

  static final Article CRISIS = article("crisis", "Nagorno-Karabakh: the corridor & the checkpoint",
      "Crisis Group", LocalDate.of(2023, 5, 30), "https://example.org/report?a=1&b=\"2\"",
      CHECKPOINT_SENTENCE + " Residents said <script>alert(1)</script> & worse was feared.\n\n"
          + "Talks continued in Brussels in May.");

  static final Article NO_LINK = article("nolink", "A report without a link", null, null, null,
      "Peacekeepers watched the road. Food ran short in the winter.");

  static Article article(String id, String title, String outlet, LocalDate date, String url,
      String text) {
    return TextSegmenter.article(new Source(id, title, outlet, List.of(), date, url, "en"), text,
        id + ".txt");
  }

  /** A quote of the sentence, with the given words in bold. */
  static Quote quote(Article a, String sentence, String dateLabel, String... bold) {
    int start = a.text().indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("sentence not in article " + a.id() + ": " + sentence);
    }
    List<TextSpan> highlights = new ArrayList<>();
    for (String b : bold) {
      int at = sentence.indexOf(b);
      highlights.add(new TextSpan(at, at + b.length()));
    }
    highlights.sort(null);
    return new Quote(a, start, start + sentence.length(), 1.0, highlights, dateLabel);
  }

  static Answer answered(String question, List<Quote> quotes, List<Quote> more) {
    return new Answer("a-" + Math.abs(question.hashCode()), question, true, QuestionType.WHEN,
        quotes, more, List.of(), List.of());
  }

  static Answer abstained(String question, List<Source> related) {
    return new Answer("n-" + Math.abs(question.hashCode()), question, false, QuestionType.WHAT,
        List.of(), List.of(), related, List.of());
  }

  /** Answers questions about the checkpoint from {@link #CRISIS}; abstains on anything else. */
  static final class FakeAnswers implements AnswerService {
    @Override
    public Answer ask(String question) {
      if (question.toLowerCase(Locale.ROOT).contains("checkpoint")) {
        return answered(question,
            List.of(quote(CRISIS, CHECKPOINT_SENTENCE, "23 April 2023", "checkpoint")),
            List.of(quote(NO_LINK, "Peacekeepers watched the road.", null)));
      }
      return abstained(question, List.of(CRISIS.source()));
    }

    @Override
    public List<SourceSummary> sources() {
      return List.of(new SourceSummary(CRISIS.source(), 3), new SourceSummary(NO_LINK.source(), 2));
    }

    @Override
    public Optional<SourceSummary> source(String id) {
      return sources().stream().filter(s -> s.source().id().equals(id)).findFirst();
    }
  }
}
