package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RocCurveTest {

  private static final double EPS = 1e-12;

  static boolean[] flags(int... truth) {
    boolean[] out = new boolean[truth.length];
    for (int i = 0; i < truth.length; i++) {
      out[i] = truth[i] == 1;
    }
    return out;
  }

  // AUC = P(pos > neg) + 0.5 P(pos == neg) over all positive-negative pairs.
  static Stream<Arguments> handComputedAucs() {
    return Stream.of(
        // pos .35 beats neg .1, loses to .4; pos .8 beats both: 3 of 4 pairs
        Arguments.of("example", new float[] {0.1f, 0.4f, 0.35f, 0.8f}, flags(0, 0, 1, 1), 0.75),
        // every pair tied: 4 x 0.5 / 4
        Arguments.of("all tied", new float[] {0.5f, 0.5f, 0.5f, 0.5f}, flags(0, 0, 1, 1), 0.5),
        Arguments.of("perfect", new float[] {0.1f, 0.2f, 0.8f, 0.9f}, flags(0, 0, 1, 1), 1.0),
        Arguments.of("inverted", new float[] {0.9f, 0.8f, 0.2f, 0.1f}, flags(0, 0, 1, 1), 0.0),
        // pos .5 beats .2, ties .5 (0.5); pos .9 beats both: 3.5 / 4
        Arguments.of("one tie", new float[] {0.2f, 0.5f, 0.5f, 0.9f}, flags(0, 0, 1, 1), 0.875),
        // pos .5 beats only neg .3 of negs .3 .6 .9: 1 / 3
        Arguments.of(
            "unbalanced", new float[] {0.3f, 0.6f, 0.9f, 0.5f}, flags(0, 0, 0, 1), 1.0 / 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handComputedAucs")
  void aucMatchesHandComputation(String name, float[] scores, boolean[] positive, double auc) {
    assertEquals(auc, RocCurve.of(scores, positive).auc(), EPS);
  }

  @Test
  void pointsOfTheExample() {
    // Descending: .8 pos, .4 neg, .35 pos, .1 neg; P = N = 2.
    RocCurve roc = RocCurve.of(new float[] {0.1f, 0.4f, 0.35f, 0.8f}, flags(0, 0, 1, 1));
    double[][] expected = {
      {0, 0, Double.POSITIVE_INFINITY},
      {0, 0.5, 0.8f},
      {0.5, 0.5, 0.4f},
      {0.5, 1, 0.35f},
      {1, 1, 0.1f}
    };
    assertEquals(expected.length, roc.size());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i][0], roc.fpr(i), EPS, "fpr " + i);
      assertEquals(expected[i][1], roc.tpr(i), EPS, "tpr " + i);
      assertEquals(expected[i][2], roc.threshold(i), 0, "threshold " + i);
    }
  }

  @Test
  void tiedScoresFormOneDiagonalStep() {
    RocCurve roc = RocCurve.of(new float[] {0.5f, 0.5f, 0.5f, 0.5f}, flags(0, 0, 1, 1));
    assertEquals(2, roc.size()); // (0,0) then straight to (1,1)
    assertEquals(1.0, roc.fpr(1), EPS);
    assertEquals(1.0, roc.tpr(1), EPS);
  }

  @Test
  void undefinedWhenTruthHoldsOneClass() {
    RocCurve roc = RocCurve.of(new float[] {0.2f, 0.7f}, flags(0, 0));
    assertTrue(Double.isNaN(roc.auc()));
    assertFalse(roc.isDefined());
    assertEquals(0, roc.size());
    assertTrue(Double.isNaN(RocCurve.of(new float[] {0.2f, 0.7f}, flags(1, 1)).auc()));
  }

  @Test
  void rejectsMismatchedLengths() {
    assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new float[2], new boolean[3]));
  }

  @Test
  void equalsMannWhitneyOnRandomTiedScores() {
    Random random = new Random(42);
    int n = 400;
    float[] scores = new float[n];
    boolean[] positive = new boolean[n];
    for (int i = 0; i < n; i++) {
      positive[i] = random.nextInt(3) == 0;
      scores[i] = Math.round((random.nextFloat() + (positive[i] ? 0.3f : 0f)) * 10) / 10f;
    }
    assertEquals(mannWhitney(scores, positive), RocCurve.of(scores, positive).auc(), EPS);
  }

  private static double mannWhitney(float[] scores, boolean[] positive) {
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < scores.length; i++) {
      for (int j = 0; j < scores.length; j++) {
        if (positive[i] && !positive[j]) {
          pairs++;
          wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        }
      }
    }
    return wins / pairs;
  }

  @Test
  void handlesAMillionScores() {
    // score i/n, positive iff i odd. With M = n/2, odd i = 2m+1 beats the m+1 evens below it:
    // sum_{m<M} (m+1) / M^2 = (M+1) / (2M).
    int n = 1_000_000;
    float[] scores = new float[n];
    boolean[] positive = new boolean[n];
    for (int i = 0; i < n; i++) {
      scores[i] = (float) i / n;
      positive[i] = i % 2 == 1;
    }
    double m = n / 2.0;
    RocCurve roc = RocCurve.of(scores, positive);
    assertEquals((m + 1) / (2 * m), roc.auc(), EPS);
    assertEquals(n + 1, roc.size());
  }

  @Test
  void ordersNegativeAndPositiveZeroAsEqual() {
    RocCurve roc = RocCurve.of(new float[] {-0.0f, 0.0f}, flags(0, 1));
    assertEquals(0.5, roc.auc(), EPS);
  }
}
