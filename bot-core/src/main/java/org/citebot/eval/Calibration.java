package org.citebot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * How well answers' confidence matches how often they are right: answers in ten bins of
 * confidence, each with its mean confidence and its share right, and the expected calibration
 * error (the bins' gaps weighed by their share of answers). Of answers given 0.8, about 80%
 * should be right.
 */
public final class Calibration {

  static final int BINS = 10;

  private final int[] count = new int[BINS];
  private final int[] right = new int[BINS];
  private final double[] confidenceSum = new double[BINS];

  /** Counts one answer. */
  public void add(double confidence, boolean isRight) {
    int b = Math.min(BINS - 1, (int) (confidence * BINS));
    count[b]++;
    confidenceSum[b] += confidence;
    if (isRight) {
      right[b]++;
    }
  }

  public int answers() {
    int n = 0;
    for (int c : count) {
      n += c;
    }
    return n;
  }

  /** The expected calibration error, 0 (perfect) to 1. */
  public double expectedError() {
    int n = answers();
    if (n == 0) {
      return 0;
    }
    double e = 0;
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        e += (double) count[b] / n
            * Math.abs((double) right[b] / count[b] - confidenceSum[b] / count[b]);
      }
    }
    return e;
  }

  public String text() {
    StringBuilder sb = new StringBuilder("calibration (answers given; confidence bin: answers, "
        + "mean confidence, share right):\n");
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        sb.append(String.format(Locale.ROOT, "  %.1f-%.1f: %5d  %.3f  %.3f%n", (double) b / BINS,
            (double) (b + 1) / BINS, count[b], confidenceSum[b] / count[b],
            (double) right[b] / count[b]));
      }
    }
    sb.append(String.format(Locale.ROOT, "expected calibration error: %.3f%n", expectedError()));
    return sb.toString();
  }

  public ObjectNode json() {
    ObjectNode o = new ObjectMapper().createObjectNode();
    ArrayNode bins = o.putArray("bins");
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        bins.addObject().put("from", (double) b / BINS).put("to", (double) (b + 1) / BINS)
            .put("answers", count[b]).put("meanConfidence", confidenceSum[b] / count[b])
            .put("right", (double) right[b] / count[b]);
      }
    }
    o.put("expectedError", expectedError());
    return o;
  }
}
