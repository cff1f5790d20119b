package org.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void expectedError_weighsEachBinsGapByItsShare() {
    Calibration c = new Calibration();
    // Bin 0.8-0.9: four answers at 0.8, three right: gap 0.05.
    for (int i = 0; i < 4; i++) {
      c.add(0.8, i < 3);
    }
    // Bin 0.2-0.3: one answer at 0.2, wrong: gap 0.2.
    c.add(0.2, false);
    assertEquals(5, c.answers());
    assertEquals(0.8 * 0.05 + 0.2 * 0.2, c.expectedError(), 1e-9);
    assertTrue(c.text().contains("0.8-0.9:     4  0.800  0.750"), c.text());
  }

  @Test
  void perfectlyCalibrated_hasNoError_andConfidenceOneFallsInTheLastBin() {
    Calibration c = new Calibration();
    c.add(1.0, true);
    c.add(0.0, false);
    assertEquals(0.0, c.expectedError(), 1e-12);
    assertTrue(c.text().contains("0.9-1.0:"), c.text());
  }
}
