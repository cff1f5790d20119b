package org.citebot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.citebot.text.Source;

/**
 * What the bot says to a question: quotes with their sources, or an abstention.
 *
 * @param id stable identifier of this answer (same question and corpus give the same id), used
 *     to tie feedback and "more sources" requests to it
 * @param question the question as answered (possibly shortened; see {@link #notes()})
 * @param answered true when the quotes answer the question; false for an abstention
 * @param type the recognised question type
 * @param quotes the best quotes, at most three, best first; empty when not answered
 * @param more further quotes for a "more sources" request, best first
 * @param related when not answered: up to three related articles, not presented as an answer
 * @param notes short remarks for the user, e.g. that the question was shortened
 * @param refusal when not answered: the gate that refused the best candidate and why (null when
 *     answered, and for abstentions made before any gate, such as on a blank question)
 * @param confidence how likely the best quote is right, 0 to 1 ({@link Answerability}); for an
 *     abstention, that of the best quote refused, or 0 when there was none
 * @param details for a question about the articles themselves (who wrote one, when or where it
 *     appeared, which outlets there are): the articles whose own details answer it, shown as
 *     details, not as quotes; then {@code quotes} is empty
 */
public record Answer(
    String id,
    String question,
    boolean answered,
    QuestionType type,
    List<Quote> quotes,
    List<Quote> more,
    List<Source> related,
    List<String> notes,
    Refusal refusal,
    double confidence,
    List<Source> details) {

  public Answer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(type, "type");
    quotes = List.copyOf(quotes);
    more = List.copyOf(more);
    related = List.copyOf(related);
    notes = List.copyOf(notes);
    details = List.copyOf(details);
    if (!details.isEmpty() && (!answered || !quotes.isEmpty())) {
      throw new IllegalArgumentException("an answer from the articles' details is answered and "
          + "has no quotes, had answered " + answered + " and " + quotes.size() + " quotes");
    }
    if (answered && quotes.isEmpty() && details.isEmpty()) {
      throw new IllegalArgumentException("an answered answer needs at least one quote");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "illegal confidence: " + confidence + ", must be between 0 and 1");
    }
    if (answered && refusal != null) {
      throw new IllegalArgumentException("an answered answer has no refusal, had " + refusal);
    }
    if (!answered && !quotes.isEmpty()) {
      throw new IllegalArgumentException(
          "an abstention carries no quotes, had " + quotes.size() + "; use related instead");
    }
  }

  /** An answer without a named refusal. */
  public Answer(String id, String question, boolean answered, QuestionType type,
      List<Quote> quotes, List<Quote> more, List<Source> related, List<String> notes) {
    this(id, question, answered, type, quotes, more, related, notes, null, answered ? 1 : 0,
        List.of());
  }

  /** An answer with quotes, or an abstention, with its refusal and confidence. */
  public Answer(String id, String question, boolean answered, QuestionType type,
      List<Quote> quotes, List<Quote> more, List<Source> related, List<String> notes,
      Refusal refusal, double confidence) {
    this(id, question, answered, type, quotes, more, related, notes, refusal, confidence,
        List.of());
  }

  /** The same answer to another wording of the question (the cache shares answers). */
  public Answer withQuestion(String wording) {
    return new Answer(id, wording, answered, type, quotes, more, related, notes, refusal,
        confidence, details);
  }

  /** The distinct sources of the quotes, in order of first appearance: citation [1], [2], ... */
  public List<Source> citations() {
    List<Source> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (!out.contains(q.source())) {
        out.add(q.source());
      }
    }
    return out;
  }

  /** The 1-based citation number of a quote's source within this answer. */
  public int citationNumber(Quote quote) {
    return citations().indexOf(quote.source()) + 1;
  }
}
