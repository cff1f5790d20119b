package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citebot.corpus.CorpusLoader;
import org.citebot.render.PlainAnswerText;
import org.citebot.text.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions about the articles themselves are answered from their details, not with quotes. */
class SourceQuestionsTest {

  private static CorpusAnswerService bot;

  @BeforeAll
  static void load() {
    bot = CorpusAnswerService.create(CorpusLoader.loadDefault(), Matching.LEXICAL, 0);
  }

  private static List<String> outlets(Answer a) {
    return a.details().stream().map(Source::outlet).toList();
  }

  @Test
  void whoWroteAnOutletsArticle_isAnsweredWithItsAuthors() {
    Answer a = bot.ask("Who wrote the Crisis Group article?");
    assertTrue(a.answered());
    assertEquals(List.of(), a.quotes());
    assertEquals(List.of("International Crisis Group"), outlets(a));
    assertTrue(a.details().get(0).authors().contains("Olga Oliker"), a.details().toString());
    assertTrue(PlainAnswerText.render(a).contains("; by Oleg Ignatov, Olga Oliker"),
        PlainAnswerText.render(a));
    assertTrue(AnswerJson.answer(a).get("details").get(0).get("authors").size() >= 4);
  }

  @Test
  void whenOrWhereAnArticleAppeared_byItsTitleWords() {
    assertEquals(List.of("Caliber.az"), outlets(bot.ask("When was the Caliber.az article published?")));
    assertEquals(List.of("Caliber.az"),
        outlets(bot.ask("Where was the article about white doves published?")));
    assertEquals(List.of("The Moscow Times"),
        outlets(bot.ask("Who wrote the article about Russian peacekeepers being sidelined?")));
  }

  @Test
  void whichOutlets_listsEachOutletOnce() {
    assertEquals(List.of("The Moscow Times", "Caliber.az", "International Crisis Group",
        "Eurasia Daily Monitor"), outlets(bot.ask("Which outlets are the articles from?")));
  }

  @Test
  void questionsAboutWhatTheArticlesSay_stillGetQuotes() {
    Answer said = bot.ask("Who wrote that the peacekeepers were occupiers?");
    assertEquals(List.of(), said.details(), "no article named: a question about the text");
    Answer checkpoint = bot.ask("When was the checkpoint set up?");
    assertEquals(List.of(), checkpoint.details());
    assertTrue(checkpoint.quotes().get(0).text().contains("23 April"));
    assertEquals(List.of(), bot.ask("Which sources say the road was closed?").details(),
        "a subject besides the outlets makes it a question about the text");
  }
}
