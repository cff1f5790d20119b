package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citebot.answer.CorpusAnswerService;
import org.citebot.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;

class DevEvalTest {

  /**
   * A question about an article itself is answered with the article's details, not a quote: the
   * eval judges what the reader is shown (outlet, title, date, link, authors), so the right
   * author counts as a hit with the right article cited, and a wrong one as a miss.
   */
  @Test
  void run_detailsAnswer_isJudgedByTheDetailsShown() {
    CorpusAnswerService bot = CorpusAnswerService.create(CorpusLoader.loadDefault());
    String question = "Who wrote the Crisis Group article?";
    DevEval.Result right = DevEval.run(bot, List.of(new DevEval.Item("a", question,
        List.of("Olga Oliker"), List.of("understanding the lachin"), true)));
    assertEquals(1, right.hit1(), right.failures().toString());
    assertEquals(1, right.citedRight(), right.failures().toString());
    assertEquals(0, right.quotes(), "details are not quotes");

    DevEval.Result wrong = DevEval.run(bot, List.of(new DevEval.Item("b", question,
        List.of("Kirill Krivosheev"), List.of(), true)));
    assertEquals(0, wrong.hit3(), wrong.failures().toString());
  }
}
