package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citebot.retrieval.PassageIndex;
import org.junit.jupiter.api.Test;

class AnswerabilityInputsTest {

  private static final PassageIndex INDEX = TinyCorpus.index(
      "Interethnic marriage between Han and Jurchen became common at this time. "
          + "The first emperor of the dynasty was Kublai. "
          + "Immunology is a science that examines the structure of the immune system. "
          + "The new law made the sale of tickets illegal.");

  private static Question ask(String text) {
    return new QuestionParser(INDEX).parse(text);
  }

  @Test
  void contrary_findsTheOppositeOfAQuestionWordInTheSentence() {
    // A prefix that negates, either way round.
    assertTrue(AnswerabilityInputs.contrary(
        ask("What kind of interethnic marriage became uncommon?"), INDEX.sentence(0, 0)));
    assertTrue(AnswerabilityInputs.contrary(
        ask("What did the new law make legal?"), INDEX.sentence(0, 3)));
    // A word and its listed opposite.
    assertTrue(AnswerabilityInputs.contrary(
        ask("Who was the last emperor of the dynasty?"), INDEX.sentence(0, 1)));
  }

  @Test
  void contrary_isFalseWhenTheSentenceSaysWhatWasAsked() {
    assertFalse(AnswerabilityInputs.contrary(
        ask("What kind of interethnic marriage became common?"), INDEX.sentence(0, 0)));
    assertFalse(AnswerabilityInputs.contrary(
        ask("Who was the first emperor of the dynasty?"), INDEX.sentence(0, 1)));
    // Both words in the question: it asks about the contrast, it does not swap one for the other.
    assertFalse(AnswerabilityInputs.contrary(
        ask("Was the first emperor also the last?"), INDEX.sentence(0, 1)));
  }

  @Test
  void substitute_isZeroWhenTheSentenceLacksNothingAndHighForAWordInTheMissingOnesPlace() {
    assertEquals(0, AnswerabilityInputs.substitute(
        ask("Which science examines the structure of the immune system?"),
        INDEX.sentence(0, 2)), 1e-9);
    // "brain" is missing; the sentence has "immune" and "system" in its place, which stand closer
    // to it than the sentence's other words to a word of another kind.
    double swapped = AnswerabilityInputs.substitute(
        ask("Which science examines the structure of the brain?"), INDEX.sentence(0, 2));
    double unrelated = AnswerabilityInputs.substitute(
        ask("Which science examines the structure of the railway?"), INDEX.sentence(0, 3));
    assertTrue(swapped > 0.2, "brain against the sentence's words: " + swapped);
    assertTrue(swapped > unrelated, swapped + " against " + unrelated);
  }
}
