package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.citebot.corpus.CorpusLoader;
import org.citebot.eval.DevEval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pins answer quality on the development questions (a copy of the shared dev set in test
 * resources), so that a change that makes answers worse fails the build, with and without the
 * sentence model.
 */
class AnswerQualityTest {

  @ParameterizedTest
  @EnumSource(Matching.class)
  void devQuestions_meetTheQualityBars(Matching matching) throws Exception {
    CorpusAnswerService bot = CorpusAnswerService.create(CorpusLoader.loadDefault(), matching, 0);
    assertEquals(matching == Matching.SEMANTIC, bot.semantic(), "the sentence model loads here");
    DevEval.Result r = DevEval.run(bot, DevEval.read(resource("/eval/dev-questions.jsonl")));

    assertTrue(r.hit1Rate() >= 0.95, r.text());
    assertEquals(1.0, r.hit3Rate(), r.text());
    assertEquals(1.0, r.citationAccuracy(), r.text());
    assertEquals(1.0, r.abstentionAccuracy(), r.text());
    assertTrue(r.falseAbstentions() <= 1, r.text());
    assertEquals(1.0, r.fidelity(), r.text());
  }

  /**
   * Questions a reader of the default corpus would ask, written apart from any tuning: 22 the
   * articles answer and 22 on the same subjects (or none) that they do not. The bars are the
   * levels reached so far, so that no change makes them worse; every unanswerable one abstained
   * is the aim.
   */
  @ParameterizedTest
  @EnumSource(Matching.class)
  void readerQuestions_keepTheirLevel(Matching matching) throws Exception {
    CorpusAnswerService bot = CorpusAnswerService.create(CorpusLoader.loadDefault(), matching, 0);
    DevEval.Result r = DevEval.run(bot, DevEval.read(resource("/eval/reader-questions.jsonl")));

    assertEquals(1.0, r.hit1Rate(), r.text());
    assertEquals(1.0, r.citationAccuracy(), r.text());
    assertEquals(0, r.falseAbstentions(), r.text());
    assertTrue(r.abstentionAccuracy() >= 18 / 22.0, r.text());
    assertEquals(1.0, r.fidelity(), r.text());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(AnswerQualityTest.class.getResource(name).toURI());
  }
}
