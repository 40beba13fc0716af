package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motifworkbench.evaluation.RocCurveTest.flags;

import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrCurveTest {

  private static final double EPS = 1e-12;

  @Test
  void perfectRankingIsExactlyOneAndNoRankingExceedsOne() {
    // Adding 1/9 nine times gives 1.0000000000000002: pr_auc 1.0000000000000002 was reported.
    Random random = new Random(3);
    for (int p = 1; p <= 200; p++) {
      int n = 1 + random.nextInt(50);
      float[] scores = new float[p + n];
      boolean[] positive = new boolean[p + n];
      for (int i = 0; i < p + n; i++) {
        positive[i] = i < p;
        scores[i] = i < p ? 1f + i : -i;
      }
      assertEquals(1.0, PrCurve.of(scores, positive).averagePrecision(), 0.0, "p = " + p);
      for (int i = 0; i < scores.length; i++) {
        scores[i] = random.nextInt(5) + (positive[i] ? 0.5f : 0f);
      }
      double ap = PrCurve.of(scores, positive).averagePrecision();
      assertTrue(ap <= 1.0, "p = " + p + ": " + ap);
      assertEquals(directAveragePrecision(scores, positive), ap, EPS, "p = " + p);
    }
  }

  // AP = sum over distinct thresholds (descending) of (R_n - R_{n-1}) * P_n, R_0 = 0.
  static Stream<Arguments> handComputedAveragePrecisions() {
    return Stream.of(
        // .8 pos: P 1 R .5 | .4 neg: P 1/2 R .5 | .35 pos: P 2/3 R 1 | .1 neg: P 1/2 R 1
        // AP = .5 * 1 + .5 * 2/3 = 5/6
        Arguments.of(
            "example", new float[] {0.1f, 0.4f, 0.35f, 0.8f}, flags(0, 0, 1, 1), 5.0 / 6, 0.5),
        // one threshold: P 1/2 R 1 -> AP = 1/2, the baseline
        Arguments.of("all tied", new float[] {0.5f, 0.5f, 0.5f, 0.5f}, flags(0, 0, 1, 1), 0.5, 0.5),
        Arguments.of("perfect", new float[] {0.1f, 0.2f, 0.8f, 0.9f}, flags(0, 0, 1, 1), 1.0, 0.5),
        // .9 neg, .8 neg | .2 pos: P 1/3 R .5 | .1 pos: P 2/4 R 1 -> .5/3 + .5/2 = 5/12
        Arguments.of(
            "inverted", new float[] {0.9f, 0.8f, 0.2f, 0.1f}, flags(0, 0, 1, 1), 5.0 / 12, 0.5),
        // .9 pos: P 1 R .5 | .5 {neg, pos}: P 2/3 R 1 -> .5 + .5 * 2/3 = 5/6
        Arguments.of(
            "one tie", new float[] {0.2f, 0.5f, 0.5f, 0.9f}, flags(0, 0, 1, 1), 5.0 / 6, 0.5),
        // .9 neg, .6 neg | .5 pos: P 1/3 R 1 -> 1/3; positive rate 1/4
        Arguments.of(
            "unbalanced", new float[] {0.3f, 0.6f, 0.9f, 0.5f}, flags(0, 0, 0, 1), 1.0 / 3, 0.25),
        // precision is 1 everywhere
        Arguments.of("all positive", new float[] {0.3f, 0.6f}, flags(1, 1), 1.0, 1.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handComputedAveragePrecisions")
  void averagePrecisionMatchesHandComputation(
      String name, float[] scores, boolean[] positive, double ap, double baseline) {
    PrCurve pr = PrCurve.of(scores, positive);
    assertEquals(ap, pr.averagePrecision(), EPS);
    assertEquals(baseline, pr.baseline(), EPS);
  }

  @Test
  void pointsOfTheExample() {
    PrCurve pr = PrCurve.of(new float[] {0.1f, 0.4f, 0.35f, 0.8f}, flags(0, 0, 1, 1));
    double[][] expected = { // recall, precision, threshold
      {0, 1, Double.POSITIVE_INFINITY},
      {0.5, 1, 0.8f},
      {0.5, 0.5, 0.4f},
      {1, 2.0 / 3, 0.35f},
      {1, 0.5, 0.1f}
    };
    assertEquals(expected.length, pr.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], pr.recall(i), EPS, "recall " + i);
      assertEquals(expected[i][1], pr.precision(i), EPS, "precision " + i);
      assertEquals(expected[i][2], pr.threshold(i), 0, "threshold " + i);
    }
  }

  @Test
  void undefinedWithoutPositives() {
    PrCurve pr = PrCurve.of(new float[] {0.2f, 0.7f}, flags(0, 0));
    assertTrue(Double.isNaN(pr.averagePrecision()));
    assertFalse(pr.isDefined());
    assertEquals(0, pr.size());
    assertEquals(0.0, pr.baseline(), EPS);
  }

  @Test
  void matchesDirectDefinitionOnRandomTiedScores() {
    Random random = new Random(7);
    int n = 300;
    float[] scores = new float[n];
    boolean[] positive = new boolean[n];
    for (int i = 0; i < n; i++) {
      positive[i] = random.nextInt(4) == 0;
      scores[i] = Math.round((random.nextFloat() + (positive[i] ? 0.2f : 0f)) * 20) / 20f;
    }
    assertEquals(
        directAveragePrecision(scores, positive),
        PrCurve.of(scores, positive).averagePrecision(),
        EPS);
  }

  /** Counts tp and fp afresh at each distinct threshold: O(n^2), obviously right. */
  private static double directAveragePrecision(float[] scores, boolean[] positive) {
    TreeSet<Float> thresholds = new TreeSet<>();
    int p = 0;
    for (int i = 0; i < scores.length; i++) {
      thresholds.add(scores[i]);
      p += positive[i] ? 1 : 0;
    }
    double ap = 0;
    double previousRecall = 0;
    for (float t : thresholds.descendingSet()) {
      int tp = 0;
      int predicted = 0;
      for (int i = 0; i < scores.length; i++) {
        if (scores[i] >= t) {
          predicted++;
          tp += positive[i] ? 1 : 0;
        }
      }
      double recall = (double) tp / p;
      ap += (recall - previousRecall) * tp / predicted;
      previousRecall = recall;
    }
    return ap;
  }
}
