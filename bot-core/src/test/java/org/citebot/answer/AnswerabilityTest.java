package org.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnswerabilityTest {

  @Test
  void fit_learnsWhichInputSpeaksForARightAnswer_deterministically() {
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double[] x = new double[Answerability.INPUTS.size()];
      x[0] = (i % 10) / 10.0;
      x[1] = (i * 7 % 13) / 13.0;
      xs.add(x);
      ys.add(x[0] > 0.45);
    }
    Answerability m = Answerability.fit(xs, ys, 0.3);
    double[] low = new double[Answerability.INPUTS.size()];
    double[] high = low.clone();
    high[0] = 0.9;
    assertTrue(m.confidence(high) > 0.8, "high: " + m.confidence(high));
    assertTrue(m.confidence(low) < 0.2, "low: " + m.confidence(low));
    assertEquals(0.3, m.defaultMinimum());
    assertEquals(m.describe(), Answerability.fit(xs, ys, 0.3).describe(), "same fit twice");
  }

  @ParameterizedTest
  @EnumSource(Matching.class)
  void shipped_loadsTheFittedResourceOfEachMatching(Matching matching) throws Exception {
    Answerability m = Answerability.shipped(matching);
    assertTrue(m.defaultMinimum() >= 0 && m.defaultMinimum() <= 1);
    StringWriter w = new StringWriter();
    m.write(w, "check");
    for (String input : Answerability.INPUTS) {
      assertTrue(w.toString().contains("importance." + input + "="), input);
    }
  }

  @Test
  void everyAnswer_carriesAConfidence_andTheBarRefusesByName() {
    CorpusAnswerService open = CorpusAnswerService.create(TinyCorpus.of(
        "The bridge over the river was opened in 1932. Farmers crossed it every day."),
        AnswerSettings.of(Matching.LEXICAL).withMinConfidence(0), 0);
    Answer a = open.ask("When was the bridge over the river opened?");
    assertTrue(a.answered());
    assertTrue(a.confidence() > 0 && a.confidence() < 1, "confidence " + a.confidence());

    CorpusAnswerService strict = CorpusAnswerService.create(TinyCorpus.of(
        "The bridge over the river was opened in 1932. Farmers crossed it every day."),
        AnswerSettings.of(Matching.LEXICAL).withMinConfidence(1), 0);
    Answer refused = strict.ask("When was the bridge over the river opened?");
    assertFalse(refused.answered());
    assertEquals("confidence", refused.refusal().gate());
    assertEquals(a.confidence(), refused.confidence(), 1e-12);
    assertTrue(refused.refusal().reason().contains("below 1.00"), refused.refusal().reason());
  }

  @Test
  void minConfidence_outsideZeroToOne_isRefusedWithTheSettingsName() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> AnswerSettings.of(Matching.LEXICAL).withMinConfidence("1.5"));
    assertTrue(e.getMessage().contains("CITEBOT_MIN_CONFIDENCE=1.5"), e.getMessage());
    assertEquals(Set.of(), AnswerSettings.of(Matching.LEXICAL).withMinConfidence(" ").gatesOff());
  }
}
