package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citebot.retrieval.PassageIndex;
import org.citebot.retrieval.SentenceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerabilityInputsTest {

  private static final PassageIndex INDEX = TinyCorpus.index(
      "Interethnic marriage between Han and Jurchen became common at this time. "
          + "The first emperor of the dynasty was Kublai. "
          + "Immunology is a science that examines the structure of the immune system. "
          + "The new law made the sale of tickets illegal.");

  private static Question ask(String text) {
    return new QuestionParser(INDEX).parse(text);
  }

  private static double substitute(String question, int sentence) {
    SentenceRef s = INDEX.sentence(0, sentence);
    return AnswerabilityInputs.substitute(ask(question), s, QuestionParser.words(s.text()));
  }

  @ParameterizedTest(name = "{0} against sentence {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // A prefix that negates, either way round.
      "What kind of interethnic marriage became uncommon?|0|true",
      "What did the new law make legal?|3|true",
      // A word and its listed opposite.
      "Who was the last emperor of the dynasty?|1|true",
      // The sentence says what was asked.
      "What kind of interethnic marriage became common?|0|false",
      "Who was the first emperor of the dynasty?|1|false",
      // Both words in the question: it asks about the contrast, it swaps neither.
      "Was the first emperor also the last?|1|false"})
  void contrary_findsTheOppositeOfAQuestionWordTheSentenceLacks(String question, int sentence,
      boolean contrary) {
    assertEquals(contrary, AnswerabilityInputs.contrary(ask(question),
        QuestionParser.words(INDEX.sentence(0, sentence).text())));
  }

  @Test
  void substitute_isZeroWhenTheSentenceLacksNothingAndHighForAWordInTheMissingOnesPlace() {
    assertEquals(0,
        substitute("Which science examines the structure of the immune system?", 2), 1e-9);
    // "brain" is missing; the sentence has "immune" and "system" in its place, which stand closer
    // to it than the sentence's other words to a word of another kind.
    double swapped = substitute("Which science examines the structure of the brain?", 2);
    double unrelated = substitute("Which science examines the structure of the railway?", 3);
    assertTrue(swapped > 0.2, "brain against the sentence's words: " + swapped);
    assertTrue(swapped > unrelated, swapped + " against " + unrelated);
  }
}
