package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.citebot.retrieval.PassageIndex;
import org.junit.jupiter.api.Test;

class QuestionParserTest {

  private static final PassageIndex INDEX = TinyCorpus.index(
      "Emma married the king in Rouen. Telnet was sold in 1990. The army used 40 tanks.",
      "France said the corridor must stay open.");
  private static final QuestionParser PARSER = new QuestionParser(INDEX);

  @Test
  void parse_readsTypeFocusNumbersAndDaysOnce() {
    Question q = PARSER.parse("How many tanks did the army use on 5 May 1990?");
    assertEquals(QuestionType.HOW_MANY, q.type());
    assertEquals(List.of("tanks"), q.focus(), "what is counted, not the verb that asks");
    assertEquals(Set.of("1990"), q.numbers());
    assertEquals(Set.of(MonthDay.of(5, 5)), q.days());
    assertFalse(q.negated());
    assertEquals("en", q.language());
    assertTrue(q.totalWeight() > 0);
  }

  @Test
  void parse_negatedQuestion_isNegated_butAConfirmingOneIsNot() {
    assertTrue(PARSER.parse("Which town was not rebuilt?").negated());
    assertFalse(PARSER.parse("Wasn't the town rebuilt in 1950?").negated());
  }

  @Test
  void parse_speechVerb_weighsNothing() {
    Question q = PARSER.parse("What did France say about the corridor?");
    assertTrue(q.asksForSpeech());
    int say = q.terms().words().indexOf("say");
    assertEquals(0.0, q.weights()[say]);
    assertTrue(q.weights()[q.terms().words().indexOf("France")] > 0);
  }

  @Test
  void parse_howLongDidItLast_lastAsksTheQuestion_butTheLastOfSeveralDoesNot() {
    Question asks = PARSER.parse("How long did the army's march last?");
    assertEquals(0.0, asks.weights()[asks.terms().words().indexOf("last")]);
    Question names = PARSER.parse("How long was the last march of the army?");
    assertTrue(names.weights()[names.terms().words().indexOf("last")] > 0);
  }

  @Test
  void shortNames_areTheNamesReadersUseForAnOutlet() {
    assertEquals(List.of("international crisis group", "international crisis group",
        "crisis group"), QuestionParser.shortNames("International Crisis Group"));
    assertTrue(QuestionParser.shortNames("The Moscow Times").contains("moscow times"));
    assertTrue(QuestionParser.shortNames("Caliber.az").contains("caliber"));
  }

  @Test
  void parse_outletsName_weighsNothing() {
    Question q = PARSER.parse("What did Outlet B say about France?");
    assertEquals("Outlet B", q.outlet());
    assertEquals(0.0, q.weights()[q.terms().words().indexOf("Outlet")]);
  }

  @Test
  void parse_namesTheCorpusOutletItMentions() {
    assertEquals("Outlet B", PARSER.parse("What did Outlet B report about France?").outlet());
    assertNull(PARSER.parse("What did France say?").outlet());
    assertNull(PARSER.parse("What did Outlet Bx report?").outlet(), "whole words only");
  }

  @Test
  void lackable_commonWordsWeighLessThanNames() {
    String question = "Who did Emma marry in Rouen?";
    double[] w = QuestionParser.lackable(INDEX.parse(question), question,
        new double[] {1, 1, 1});
    assertArrayEquals(new double[] {1, QuestionParser.PARAPHRASABLE, 1}, w, 1e-9);
  }

  @Test
  void lackable_capitalOfTheFirstWordDoesNotMakeAName() {
    String question = "Telnet was sold to whom?";
    double[] w = QuestionParser.lackable(INDEX.parse(question), question, new double[] {1, 1});
    assertArrayEquals(new double[] {QuestionParser.PARAPHRASABLE, QuestionParser.PARAPHRASABLE},
        w, 1e-9);
  }
}
