package org.citebot.answer;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.citebot.retrieval.ParsedQuestion;

/**
 * A question, analysed once by {@link QuestionParser} and read by every stage of the
 * {@link AnswerPipeline}: no stage parses the text again.
 *
 * @param text the question as asked (already length-checked)
 * @param language the language it is answered in (ISO 639-1; "en" until others are supported)
 * @param type the kind of answer it asks for
 * @param terms its search terms (concepts, with synonyms as alternatives)
 * @param weights each concept's weight (its rarest term's IDF), zero for words that only ask
 *     the question ("long" in "how long", the verb of "what did X say")
 * @param lackable each concept's weight in what a quote may lack: a common word's is lowered,
 *     since common words are paraphrased and names seldom are
 * @param totalWeight the sum of {@code weights}
 * @param words its lower-case words, as written
 * @param contentWords the same without short and common words
 * @param focus the words naming what it asks about, where its wording shows them: what a "how
 *     many" question counts ("tanks" in "How many tanks ...")
 * @param focusIds the focus words as term ids, concept by concept
 * @param asksForSpeech whether it asks what someone said
 * @param negated whether it asks about what did not happen ("Which town was not rebuilt?")
 * @param looksAhead whether it asks about the future ("will"), so later dates may answer it
 * @param numbers the numbers it names (two digits or more), without thousands separators
 * @param days the days of the year it names ("5 May")
 * @param roleAsked the role whose holder a "who" question asks for ("Who is the President of
 *     Armenia?"), or null
 * @param outlet the outlet of the corpus it names ("What did Caliber.az report?"), or null
 */
public record Question(
    String text,
    String language,
    QuestionType type,
    ParsedQuestion terms,
    double[] weights,
    double[] lackable,
    double totalWeight,
    Set<String> words,
    Set<String> contentWords,
    List<String> focus,
    int[][] focusIds,
    boolean asksForSpeech,
    boolean negated,
    boolean looksAhead,
    Set<String> numbers,
    Set<MonthDay> days,
    RoleQuestion roleAsked,
    String outlet) {

  public Question {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(terms, "terms");
    if (weights.length != terms.concepts().size() || lackable.length != weights.length) {
      throw new IllegalArgumentException("one weight per concept: " + terms.concepts().size()
          + " concepts, " + weights.length + " weights, " + lackable.length + " lackable");
    }
    words = Set.copyOf(words);
    contentWords = Set.copyOf(contentWords);
    focus = List.copyOf(focus);
    numbers = Set.copyOf(numbers);
    days = Set.copyOf(days);
  }

  /** Whether it has no word the corpus could be searched for. */
  public boolean hasNoTerms() {
    return terms.concepts().isEmpty();
  }

  /** Whether the answer must be a date or a number ("when", "how many", "how long"). */
  public boolean asksForDateOrNumber() {
    return type == QuestionType.WHEN || type == QuestionType.HOW_MANY
        || type == QuestionType.HOW_LONG;
  }
}
