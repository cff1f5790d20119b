package org.citebot.answer;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.citebot.dates.DateMention;
import org.citebot.retrieval.SentenceRef;

/**
 * What each sentence says independently of any question (its words, dates and numbers), found
 * once on first use and kept for every later question. Thread-safe: two threads may compute the
 * same entry, with the same result.
 */
final class SentenceAnnotations {

  private final AtomicReferenceArray<Set<String>> words;
  private final AtomicReferenceArray<List<DateMention>> dates;
  private final AtomicReferenceArray<List<AnswerShapes.Match>> numbers;

  SentenceAnnotations(int sentenceCount) {
    this.words = new AtomicReferenceArray<>(sentenceCount);
    this.dates = new AtomicReferenceArray<>(sentenceCount);
    this.numbers = new AtomicReferenceArray<>(sentenceCount);
  }

  /** The sentence's lower-case words. */
  Set<String> words(SentenceRef s) {
    Set<String> w = words.get(s.ord());
    if (w == null) {
      w = Set.copyOf(QuestionParser.words(s.text()));
      words.set(s.ord(), w);
    }
    return w;
  }

  /** The sentence's date expressions. */
  List<DateMention> dates(SentenceRef s) {
    List<DateMention> d = dates.get(s.ord());
    if (d == null) {
      d = List.copyOf(AnswerShapes.DATES.extract(s.text()));
      dates.set(s.ord(), d);
    }
    return d;
  }

  /** The sentence's numbers. */
  List<AnswerShapes.Match> numbers(SentenceRef s) {
    List<AnswerShapes.Match> n = numbers.get(s.ord());
    if (n == null) {
      n = AnswerShapes.numbers(s.text());
      numbers.set(s.ord(), n);
    }
    return n;
  }
}
