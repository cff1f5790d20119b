package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.citebot.text.TextSpan;
import org.junit.jupiter.api.Test;

class AnswerShapesTest {

  @Test
  void countedThing_namedOnlyInsideAHyphenatedWordIsNotNamed() {
    List<String> tanks = List.of("tanks");
    assertTrue(AnswerShapes.namesCountedOnlyInCompounds(
        "A total of 1,609 anti-tank and anti-personnel landmines have been planted.", tanks));
    assertFalse(AnswerShapes.namesCountedOnlyInCompounds(
        "The army lost 40 tanks and several anti-tank guns.", tanks));
    assertFalse(AnswerShapes.namesCountedOnlyInCompounds("It had 40 tank battalions.", tanks));
    assertFalse(AnswerShapes.namesCountedOnlyInCompounds("It is a single-step, 5-cylinder engine.",
        List.of("cylinders")));
    // "multi" is no number: a multi-engine plane does not say how many engines.
    assertTrue(AnswerShapes.namesCountedOnlyInCompounds("It was a multi-engine plane.",
        List.of("engines")));
    // Not named at all: the search terms may have matched a synonym, which this cannot judge.
    assertFalse(AnswerShapes.namesCountedOnlyInCompounds("It had 40 armoured vehicles.", tanks));
  }

  @Test
  void countedWords_areWhatAHowManyQuestionCounts() {
    // A verb after the counted noun says what they did; it does not name them.
    assertEquals(List.of("people"),
        AnswerShapes.countedWords("How many people crossed from Iran?"));
    assertEquals(List.of("refugees"),
        AnswerShapes.countedWords("How many refugees fled Nagorno-Karabakh in 2023?"));
    assertEquals(List.of("armoured", "vehicles"),
        AnswerShapes.countedWords("How many armoured vehicles took part?"));
    assertEquals(List.of("russian", "peacekeepers"),
        AnswerShapes.countedWords("How many Russian peacekeepers are in Karabakh?"));
    assertEquals(List.of("servicemen"),
        AnswerShapes.countedWords("How many of the servicemen were injured?"));
    assertEquals(List.of(), AnswerShapes.countedWords("When was the checkpoint set up?"));
    // A preposition after the counted word starts what it measures, not more of its name.
    assertEquals(List.of("pounds"),
        AnswerShapes.countedWords("How many pounds of steam does the engine use?"));
  }

  @Test
  void looksAhead_aQuestionAboutTheFutureOrAnEnd() {
    assertTrue(AnswerShapes.looksAhead("When will the corridor reopen?"));
    assertTrue(AnswerShapes.looksAhead("Until which year were the peacekeepers deployed?"));
    assertTrue(AnswerShapes.looksAhead("When does the mandate expire?"));
    assertFalse(AnswerShapes.looksAhead("When was the checkpoint set up?"));
    // A later date answers it: the article of 13 December 2022 sets a deadline in 2025.
    String sentence = "The mission was deployed for five years until 2025.";
    assertEquals(List.of(), AnswerShapes.times(false, sentence, AnswerShapes.DATES.extract(sentence),
        Set.of(), java.time.LocalDate.of(2022, 12, 13)));
    assertTrue(AnswerShapes.times(true, sentence, AnswerShapes.DATES.extract(sentence),
        Set.of(), java.time.LocalDate.of(2022, 12, 13)).stream()
        .anyMatch(t -> t.of(sentence).contains("2025")));
  }

  @Test
  void countsImplicitly_aUnitWrittenAsItsSymbolAfterANumber() {
    assertTrue(AnswerShapes.countsImplicitly("It consumes approx. 4 kg (8.8 lb) of steam.",
        List.of("pounds")));
    assertTrue(AnswerShapes.countsImplicitly("The road is 32 km long.", List.of("kilometres")));
    assertTrue(AnswerShapes.countsImplicitly("Turnout rose to 61.5%.", List.of("percent")));
    // The symbol must measure a number, and be the whole symbol.
    assertFalse(AnswerShapes.countsImplicitly("It weighs more than a kg.", List.of("kilograms")));
    assertFalse(AnswerShapes.countsImplicitly("It grew through the 1990s.", List.of("seconds")));
    assertFalse(AnswerShapes.countsImplicitly("It has 5 mines.", List.of("miles")));
    assertEquals(List.of(), AnswerShapes.impliedCountWords(List.of("pounds")),
        "a unit keeps its weight in the question");
    assertEquals(List.of(), AnswerShapes.impliedCountWords(List.of("tanks")));
  }

  @Test
  void countsWhatWasAsked_whenTheCountedWordFollowsTheNumber() {
    List<String> people = List.of("people");
    String counts = "Their community numbers some 120,000 people in all.";
    String other = "In 2020, 44 days of war changed the lives of people there.";
    assertTrue(AnswerShapes.countsWhatWasAsked(counts, numbers(counts), people));
    assertFalse(AnswerShapes.countsWhatWasAsked(other, numbers(other), people),
        "people comes too far after 44 to be what it counts");
    String singular = "One soldier was hurt.";
    assertTrue(AnswerShapes.countsWhatWasAsked(singular, numbers(singular), List.of("soldiers")));
  }

  /**
   * "How long" asks for a length of time or of distance, or a time from one date to another; one
   * date alone says when, not how long.
   */
  @Test
  void howLong_isAnsweredByADurationALengthOrTwoDates_notByOneDate() {
    assertEquals(List.of("a six-week"), howLong("They signed it to end a six-week war."));
    assertEquals(List.of("5-kilometre"), howLong("A 5-kilometre-wide corridor remained."));
    assertEquals(List.of("32 km"), howLong("The new road runs 32 km through the hills."));
    assertTrue(howLong("The war went on from 27 September to 10 November 2020.").size() >= 2);
    assertEquals(List.of(), howLong("The patrols ended in August 2023."));
    assertEquals(List.of(), howLong("About 5 million people voted."), "a million is not a metre");
  }

  private static List<String> howLong(String sentence) {
    return AnswerShapes.spans(QuestionType.HOW_LONG, false, sentence, Set.of(), null,
        () -> AnswerShapes.DATES.extract(sentence), () -> AnswerShapes.numbers(sentence))
        .stream().map(t -> t.of(sentence)).toList();
  }

  private static List<TextSpan> numbers(String sentence) {
    return AnswerShapes.spans(QuestionType.HOW_MANY, false, sentence, Set.of(), null,
        List::of, () -> AnswerShapes.numbers(sentence));
  }

  private static List<String> times(String sentence) {
    return AnswerShapes.times(false, sentence, List.of(), java.util.Set.of(), null).stream()
        .map(t -> t.of(sentence)).toList();
  }

  @Test
  void times_yearsNamedBeforeWhatHappened() {
    assertEquals(List.of("the 1979"), times("It was followed by the 1979 oil crisis."));
    assertEquals(List.of("its 1977"), times("It merged after its 1977 vote."));
    assertEquals(List.of("Act 1972"), times("Parliament passed the European Communities Act 1972."));
    assertEquals(List.of("year 1390"), times("The oldest seal is from the year 1390."));
    assertEquals(List.of(), times("The 1500 soldiers marched on."), "a count, not a year");
  }

  @Test
  void times_centuriesInWordsAndDaysOfTheWeek() {
    assertEquals(List.of("first century"), times("It goes back to the first century AD."));
    assertEquals(List.of("Wednesdays"), times("Debates are held on Wednesdays."));
  }

  @Test
  void times_toldByAnEvent() {
    assertEquals(List.of("After liberation"), times("After liberation, rebuilding began."));
    assertEquals(List.of("During the Second World War"),
        times("During the Second World War, the city was razed."));
    assertEquals(List.of("Until the oil shock"), times("Until the oil shock, prices held."));
    assertEquals(List.of(), times("After the meeting, the minister left."), "not an event in time");
  }

  @Test
  void negated_andDenies() {
    assertTrue(AnswerShapes.negated("Which town wasn't rebuilt?"));
    assertTrue(AnswerShapes.negated("Who never signed?"));
    assertFalse(AnswerShapes.negated("Who signed the treaty?"));
    assertFalse(AnswerShapes.negated("Wasn't the checkpoint set up in April?"), "a confirmation");
    assertFalse(AnswerShapes.negated("Did Baku not agree to it?"), "a confirmation");
    assertTrue(AnswerShapes.denies("Baku rejected the proposal."));
    assertFalse(AnswerShapes.denies("Baku accepted the proposal."));
  }

  private static List<String> counts(String sentence) {
    return AnswerShapes.spans(QuestionType.HOW_MANY, false, sentence, Set.of(), null,
        () -> AnswerShapes.DATES.extract(sentence), () -> AnswerShapes.numbers(sentence))
        .stream().map(t -> t.of(sentence)).toList();
  }

  @Test
  void spans_howMany_skipDatesAndTheDigitsOfNames() {
    assertEquals(List.of("120,000"), counts("On 23 April, some 120,000 people were cut off."));
    assertEquals(List.of(), counts("The peacekeepers are in a catch-22 situation."));
    assertEquals(List.of("two"), counts("It ended in 2020 after two years."));
  }
}
