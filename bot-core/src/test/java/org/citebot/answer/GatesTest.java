package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.text.Article;
import org.citebot.text.Corpus;
import org.citebot.text.LoadReport;
import org.citebot.text.Source;
import org.citebot.text.TextSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each answerability gate refuses the case it exists for, names itself in the abstention, and
 * lets the answer through when it is switched off.
 */
class GatesTest {

  private static Corpus corpus(String text) {
    Article a = TextSegmenter.article(new Source("a", "Border news", "Example News", List.of(),
        LocalDate.of(2023, 5, 1), null, "en"), text, "a.txt");
    Article b = TextSegmenter.article(new Source("b", "Weather", "Other News", List.of(),
        LocalDate.of(2023, 5, 1), null, "en"),
        "Rain fell over the hills all week. Farmers waited for the sun.", "b.txt");
    return new Corpus(List.of(a, b), new LoadReport(2, List.of(), List.of()), "v1", List.of());
  }

  private static Answer ask(String text, String question, Set<String> off) {
    AnswerSettings settings = AnswerSettings.of(Matching.LEXICAL).without(off, Set.of());
    return CorpusAnswerService.create(corpus(text), settings, 0).ask(question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "outlet|The army crossed the border near the river.|What does Other News say about the "
          + "army crossing the border near the river?|",
      "answer-shape|The army crossed the border near the river.|When did the army cross the "
          + "border near the river?|",
      "counted-thing|The army used 40 landmines near the border.|How many tanks did the army "
          + "use near the border?|heavy-word",
      "role|At the border, the Russian President met the Georgian Prime Minister.|Who is the "
          + "President of Georgia?|",
      "date-near|The army crossed the border, which long series of careful negotiations among "
          + "several distant neighbouring governments had opened in 1994.|When did the army cross "
          + "the border?|",
      "coverage|The army crossed the border near the river.|Which musician won the song contest "
          + "held near the river?|heavy-word",
      "heavy-word|The army crossed the border near the river at dawn.|Did the Azerbaijani army "
          + "cross the border?|",
      "named-numbers|The council approved the bridge over the border in 1932.|What did the "
          + "council approve over the border in 1950?|",
      "denial|After the war, Lachin was rebuilt by the army.|Which town was not rebuilt by the "
          + "army after the war?|"})
  void gate_refusesItsCase_andLetsItThroughWhenOff(String gate, String text, String question,
      String alsoOff) {
    Answer refused = ask(text, question, Set.of());
    assertFalse(refused.answered(), "answered: " + refused.quotes());
    assertEquals(gate, refused.refusal().gate(), refused.refusal().reason());
    assertFalse(refused.refusal().reason().isBlank());
    Set<String> off = alsoOff == null ? Set.of(gate) : Set.of(gate, alsoOff);
    Answer through = ask(text, question, off);
    assertTrue(through.answered(), "still refused without " + off + ": " + through.refusal());
    assertNull(through.refusal());
  }

  @Test
  void terms_questionWithNoWordOfTheArticles_isRefusedByTheTermsGate() {
    Answer a = ask("The army crossed the border.", "What is the best pizza topping?", Set.of());
    assertFalse(a.answered());
    assertEquals("terms", a.refusal().gate());
    assertEquals("None of the question's words occurs in the articles.", a.refusal().reason());
  }

  @Test
  void heavyWord_reasonNamesTheMissingWord() {
    Answer a = ask("The army crossed the border near the river at dawn.",
        "Did the Azerbaijani army cross the border?", Set.of());
    assertTrue(a.refusal().reason().contains("\u201cAzerbaijani\u201d"), a.refusal().reason());
  }

  @Test
  void confidence_refusalSaysWhatWeighsAgainstTheQuote() {
    String text = "The army crossed the border near the old river mill at dawn.";
    String question = "What did the army cross near the old mill while farmers waited?";
    AnswerSettings strict = AnswerSettings.of(Matching.LEXICAL).withMinConfidence(0.99);
    Answer a = CorpusAnswerService.create(corpus(text), strict, 0).ask(question);
    assertEquals("confidence", a.refusal().gate(), a.refusal().reason());
    Matcher m = Pattern.compile(
        ": it and its neighbours do not mention \u201c(\\w+)\u201d, a word of the question\\.$")
        .matcher(a.refusal().reason());
    assertTrue(m.find(), a.refusal().reason());
    assertTrue(question.contains(m.group(1)) && !text.contains(m.group(1)), m.group(1));
  }

  @Test
  void unknownGateName_isRefusedWithTheKnownOnes() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> AnswerSettings.of(Matching.LEXICAL).without(Set.of("spelling"), Set.of()));
    assertTrue(e.getMessage().contains("unknown answer gate: spelling"), e.getMessage());
    assertTrue(e.getMessage().contains("denial"), e.getMessage());
  }
}
