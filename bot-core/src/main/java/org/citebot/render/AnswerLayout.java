package org.citebot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.citebot.answer.Answer;
import org.citebot.answer.Quote;
import org.citebot.text.Source;

/**
 * What an answer shows, before any platform's markup: the question, notes, the quotes with their
 * citation numbers, the numbered citation lines, and the related articles of an abstention. The console, Discord and Telegram all render this one
 * layout, so numbering, dates and wording agree everywhere; each adds only escaping, bold and
 * links, cuts to its own limits with {@link TextCut} and, where it shows one, adds the footer of
 * {@link AnswerTexts#footer} with the article count of the moment it renders.
 *
 * <p>Citations are numbered by first appearance. A layout can continue the numbering of an
 * earlier one ("more sources" after an answer), so that a source keeps its number.
 */
public final class AnswerLayout {

  private final String question;
  private final List<String> notes;
  private final boolean answered;
  private final List<Quote> shown;
  private final List<Source> numberedBefore;
  private final List<Source> related;
  private final List<Source> details;

  private AnswerLayout(String question, List<String> notes, boolean answered, List<Quote> shown,
      List<Source> numberedBefore, List<Source> related) {
    this(question, notes, answered, shown, numberedBefore, related, List.of());
  }

  private AnswerLayout(String question, List<String> notes, boolean answered, List<Quote> shown,
      List<Source> numberedBefore, List<Source> related, List<Source> details) {
    this.question = Objects.requireNonNull(question, "question");
    this.notes = List.copyOf(notes);
    this.answered = answered;
    this.shown = List.copyOf(shown);
    this.numberedBefore = List.copyOf(numberedBefore);
    this.related = List.copyOf(related);
    this.details = List.copyOf(details);
  }

  /**
   * An answer's first message: its quotes numbered from [1], or for an abstention the related
   * articles.
   */
  public static AnswerLayout of(Answer answer) {
    return new AnswerLayout(answer.question(), answer.notes(), answer.answered(), answer.quotes(),
        List.of(), answer.related(), answer.details());
  }

  /** The "more sources" page: the further quotes, numbering continued from the answer's. */
  public static AnswerLayout more(Answer answer) {
    return new AnswerLayout(answer.question(), List.of(), answer.answered(), answer.more(),
        answer.citations(), List.of());
  }

  /** The answer's quotes followed by its further ones, numbered as one list (to pick from). */
  public static AnswerLayout withMore(Answer answer) {
    List<Quote> all = new ArrayList<>(answer.quotes());
    all.addAll(answer.more());
    return new AnswerLayout(answer.question(), answer.notes(), answer.answered(), all, List.of(),
        answer.related());
  }

  /** Quotes shown on their own, numbered from [1], e.g. a page that lists its own citations. */
  public static AnswerLayout ofQuotes(String question, List<Quote> quotes) {
    return new AnswerLayout(question, List.of(), !quotes.isEmpty(), quotes, List.of(), List.of());
  }

  /**
   * The same layout with only its first {@code count} quotes (the best ones) and the citations
   * they need; how a platform drops quotes that do not fit.
   */
  public AnswerLayout firstQuotes(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("illegal count: " + count + ", must not be negative");
    }
    return new AnswerLayout(question, notes, answered, shown.subList(0, Math.min(count,
        shown.size())), numberedBefore, related);
  }

  /** The same layout without its notes, when there is no room for them. */
  public AnswerLayout withoutNotes() {
    return new AnswerLayout(question, List.of(), answered, shown, numberedBefore, related);
  }

  public String question() {
    return question;
  }

  /** Remarks for the reader, e.g. that the question was shortened. */
  public List<String> notes() {
    return notes;
  }

  /** False for an abstention: then there are no quotes, and {@link #related()} may have lines. */
  public boolean answered() {
    return answered;
  }

  /** The quotes shown, best first, each with its citation number. */
  public List<NumberedQuote> quotes() {
    List<Source> numbering = numbering();
    List<NumberedQuote> out = new ArrayList<>(shown.size());
    for (Quote q : shown) {
      out.add(new NumberedQuote(q, numbering.indexOf(q.source()) + 1));
    }
    return out;
  }

  /** The citations the shown quotes refer to, once each, in order of first reference. */
  public List<CitationLine> citations() {
    List<Source> numbering = numbering();
    List<CitationLine> out = new ArrayList<>();
    for (Quote q : shown) {
      CitationLine line = new CitationLine(numbering.indexOf(q.source()) + 1, q.source());
      if (!out.contains(line)) {
        out.add(line);
      }
    }
    return out;
  }

  /** For an abstention: the related articles, numbered from [1]; never presented as an answer. */
  public List<CitationLine> related() {
    List<CitationLine> out = new ArrayList<>(related.size());
    for (int i = 0; i < related.size(); i++) {
      out.add(new CitationLine(i + 1, related.get(i)));
    }
    return out;
  }

  /**
   * For a question about the articles themselves: the articles whose own details (outlet,
   * authors, date, link) answer it, numbered from [1]; empty otherwise.
   */
  public List<CitationLine> details() {
    List<CitationLine> out = new ArrayList<>(details.size());
    for (int i = 0; i < details.size(); i++) {
      out.add(new CitationLine(i + 1, details.get(i)));
    }
    return out;
  }

  /** Sources numbered so far, then those of the shown quotes in order of first appearance. */
  private List<Source> numbering() {
    List<Source> out = new ArrayList<>(numberedBefore);
    for (Quote q : shown) {
      if (!out.contains(q.source())) {
        out.add(q.source());
      }
    }
    return out;
  }
}
