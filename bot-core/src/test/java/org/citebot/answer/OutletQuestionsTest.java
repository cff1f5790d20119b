package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citebot.corpus.CorpusLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A question that names an outlet of the default corpus is answered from that outlet only. */
class OutletQuestionsTest {

  private static CorpusAnswerService bot;

  @BeforeAll
  static void load() {
    bot = CorpusAnswerService.create(CorpusLoader.loadDefault(), Matching.LEXICAL, 0);
  }

  @Test
  void namedOutlet_everyQuoteIsFromIt_whateverNameReadersUse() {
    for (String question : new String[] {
        "What does Caliber.az say about the Russian peacekeepers?",
        "What did Caliber say about the Lachin road?"}) {
      Answer a = bot.ask(question);
      assertTrue(a.answered(), question);
      a.quotes().forEach(q -> assertEquals("Caliber.az", q.source().outlet(), question));
    }
    Answer crisis = bot.ask("What does Crisis Group say about the checkpoint?");
    assertTrue(crisis.answered());
    crisis.quotes().forEach(
        q -> assertEquals("International Crisis Group", q.source().outlet()));
  }

  @Test
  void namedOutletThatDoesNotSay_abstainsNamingIt() {
    Answer a = bot.ask("What did The Moscow Times say about Base Metals?");
    assertFalse(a.answered(), a.quotes().toString());
    assertEquals("outlet", a.refusal().gate());
    assertTrue(a.refusal().reason().startsWith("No article from The Moscow Times answers that"),
        a.refusal().reason());
  }
}
