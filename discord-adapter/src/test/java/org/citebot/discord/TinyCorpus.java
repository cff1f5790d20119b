package org.citebot.discord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.citebot.answer.Answer;
import org.citebot.answer.AnswerService;
import org.citebot.answer.QuestionType;
import org.citebot.answer.Quote;
import org.citebot.answer.SourceSummary;
import org.citebot.text.Article;
import org.citebot.text.Source;
import org.citebot.text.TextSpan;

/** Hand-built articles and quotes for tests: a few sentences, offsets computed, nothing loaded. */
final class TinyCorpus {

  static final String CHECKPOINT_SENTENCE = "On 23 April, Baku opened a checkpoint on the Lachin "
      + "corridor, a highway traversing Azerbaijani territory that is the only road connecting "
      + "Armenia to the ethnic Armenian-populated sections of Nagorno-Karabakh.";

  static final Source CRISIS_GROUP = new Source("crisisgroup-lachin",
      "New Troubles in Nagorno-Karabakh: Understanding the Lachin Corridor Crisis",
      "International Crisis Group", List.of(), LocalDate.of(2023, 5, 22),
      "https://www.crisisgroup.org/europe-central-asia/caucasus/nagorno-karabakh-conflict/new-troubles-nagorno-karabakh-understanding-lachin-corridor-crisis",
      "en");

  private TinyCorpus() {}

  /** An article whose text is the given sentences, one paragraph, separated by spaces. */
  static Article article(Source source, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<TextSpan> spans = new ArrayList<>();
    for (String s : sentences) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      spans.add(new TextSpan(text.length(), text.length() + s.length()));
      text.append(s);
    }
    return new Article(source, text.toString(), List.of(new TextSpan(0, text.length())), spans,
        source.id() + ".txt");
  }

  static Article crisisGroup() {
    return article(CRISIS_GROUP,
        "There is a growing risk of major violence in and around Nagorno-Karabakh.",
        CHECKPOINT_SENTENCE,
        "Subsequent clashes between Azerbaijan and Armenian forces in May resulted in at least three fatalities.");
  }

  static Source source(String id, String title, String outlet, String url) {
    return new Source(id, title, outlet, List.of(), LocalDate.of(2023, 1, 2), url, "en");
  }

  /** The sentence of the article as a quote, with the given words (case-insensitive) highlighted. */
  static Quote quote(Article article, int sentence, String... words) {
    TextSpan span = article.sentences().get(sentence);
    String text = article.slice(span);
    List<TextSpan> highlights = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    List<TextSpan> found = new ArrayList<>();
    for (String w : words) {
      int at = lower.indexOf(w.toLowerCase(Locale.ROOT));
      if (at >= 0) {
        found.add(new TextSpan(at, at + w.length()));
      }
    }
    found.sort(null);
    int end = 0;
    for (TextSpan f : found) {
      if (f.start() >= end) {
        highlights.add(f);
        end = f.end();
      }
    }
    return new Quote(article, span.start(), span.end(), 1.0, highlights, null);
  }

  static Answer answered(String question, List<Quote> quotes, List<Quote> more) {
    return new Answer("a-" + Integer.toHexString(question.hashCode()), question, true,
        QuestionType.WHEN, quotes, more, List.of(), List.of());
  }

  static Answer abstained(String question, List<Source> related) {
    return new Answer("n-" + Integer.toHexString(question.hashCode()), question, false,
        QuestionType.WHAT, List.of(), List.of(), related, List.of());
  }

  /**
   * A stand-in for the core: quotes the checkpoint sentence with the question's words that occur
   * in it highlighted, and abstains when none of the question's longer words occur in it.
   */
  static final class FakeAnswers implements AnswerService {
    private static final Set<String> STOP = Set.of("when", "what", "was", "the", "who", "set");
    private final Article article = crisisGroup();
    volatile RuntimeException failure;

    @Override
    public Answer ask(String question) {
      if (failure != null) {
        throw failure;
      }
      List<String> words = new ArrayList<>();
      for (String w : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() > 3 && !STOP.contains(w) && CHECKPOINT_SENTENCE.toLowerCase(Locale.ROOT).contains(w)) {
          words.add(w);
        }
      }
      if (words.isEmpty()) {
        return abstained(question, List.of(CRISIS_GROUP));
      }
      return answered(question, List.of(quote(article, 1, words.toArray(String[]::new))),
          List.of(quote(article, 2, "clashes")));
    }

    @Override
    public List<SourceSummary> sources() {
      return List.of(new SourceSummary(CRISIS_GROUP, 3));
    }

    @Override
    public Optional<SourceSummary> source(String id) {
      return sources().stream().filter(s -> s.source().id().equals(id)).findFirst();
    }
  }
}
