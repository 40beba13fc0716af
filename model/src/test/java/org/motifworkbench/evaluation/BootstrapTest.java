package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  /** Two classes, class 1 scored higher on average; scores rounded to {@code levels} values. */
  private static Predictions binary(int n, long seed, int levels) {
    Random random = new Random(seed);
    int[] labels = new int[n];
    float[][] probs = new float[n][];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(2);
      double logit = (labels[i] == 1 ? 1.2 : -1.2) + 1.5 * random.nextGaussian();
      float p = (float) (1 / (1 + Math.exp(-logit)));
      if (levels > 0) {
        p = Math.round(p * levels) / (float) levels;
      }
      probs[i] = new float[] {1 - p, p};
    }
    return new Predictions(labels, probs);
  }

  /** Three classes, the true class's probability raised. */
  private static Predictions threeClasses(int n, long seed) {
    Random random = new Random(seed);
    int[] labels = new int[n];
    float[][] probs = new float[n][3];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(3);
      double[] logits = new double[3];
      double sum = 0;
      for (int c = 0; c < 3; c++) {
        logits[c] = Math.exp((c == labels[i] ? 1.0 : 0) + random.nextGaussian());
        sum += logits[c];
      }
      for (int c = 0; c < 3; c++) {
        probs[i][c] = (float) (logits[c] / sum);
      }
    }
    return new Predictions(labels, probs);
  }

  private record Predictions(int[] labels, float[][] probs) {
    ClassificationMetrics metrics() {
      List<String> names = probs[0].length == 2 ? List.of("a", "b") : List.of("a", "b", "c");
      return Evaluator.evaluate(labels, probs, names);
    }

    BootstrapIntervals intervals(long seed) {
      return Bootstrap.intervals(labels, probs, probs[0].length, seed);
    }
  }

  private static double width(Interval interval) {
    return interval.high() - interval.low();
  }

  @Test
  void intervalsHoldThePointEstimates() {
    Predictions p = binary(400, 1, 0);
    ClassificationMetrics point = p.metrics();
    BootstrapIntervals ci = p.intervals(7);
    assertTrue(ci.accuracy().contains(point.accuracy()), ci + " vs " + point.accuracy());
    assertTrue(ci.rocAuc().contains(point.rocAuc()), ci + " vs " + point.rocAuc());
    assertEquals(Bootstrap.LEVEL, ci.level());
    assertEquals(Bootstrap.RESAMPLES, ci.resamples());
    // a 95% interval of an accuracy near 0.75 on 400 sequences is about +-0.04 wide
    assertTrue(width(ci.accuracy()) > 0.05 && width(ci.accuracy()) < 0.12, ci.toString());
  }

  @Test
  void widthShrinksWithTheSquareRootOfTheTestSize() {
    BootstrapIntervals small = binary(400, 2, 0).intervals(3);
    BootstrapIntervals large = binary(1600, 2, 0).intervals(3);
    double accuracyRatio = width(large.accuracy()) / width(small.accuracy());
    double aucRatio = width(large.rocAuc()) / width(small.rocAuc());
    // four times the sequences: half the width
    assertEquals(0.5, accuracyRatio, 0.12, "accuracy " + small + " vs " + large);
    assertEquals(0.5, aucRatio, 0.12, "ROC AUC " + small + " vs " + large);
  }

  @Test
  void sameSeedSameIntervalsOtherSeedOthers() {
    Predictions p = binary(300, 4, 0);
    assertEquals(p.intervals(11), p.intervals(11));
    assertNotEquals(p.intervals(11), p.intervals(12));
  }

  @Test
  void threeClassesUseTheMacroAuc() {
    Predictions p = threeClasses(600, 5);
    ClassificationMetrics point = p.metrics();
    BootstrapIntervals ci = p.intervals(9);
    assertTrue(ci.accuracy().contains(point.accuracy()), ci + " vs " + point.accuracy());
    assertTrue(ci.rocAuc().contains(point.rocAuc()), ci + " vs " + point.rocAuc());
    assertTrue(ci.rocAuc().low() > 0.5, ci.toString());
  }

  @Test
  void countedAucEqualsTheCurvesAucOnTiedScores() {
    // scores on 5 levels: many ties inside each resample
    Predictions p = binary(200, 6, 5);
    int n = p.labels().length;
    Bootstrap.Ranking ranking = Bootstrap.Ranking.of(p.labels(), p.probs(), 1);
    Random random = new Random(8);
    for (int trial = 0; trial < 50; trial++) {
      int[] times = new int[n];
      for (int d = 0; d < n; d++) {
        times[random.nextInt(n)]++;
      }
      float[] scores = new float[n];
      boolean[] positive = new boolean[n];
      int k = 0;
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < times[i]; t++) {
          scores[k] = p.probs()[i][1];
          positive[k++] = p.labels()[i] == 1;
        }
      }
      assertEquals(RocCurve.of(scores, positive).auc(), ranking.auc(times), 1e-12);
    }
    int[] once = new int[n];
    java.util.Arrays.fill(once, 1);
    assertEquals(p.metrics().rocAuc(), ranking.auc(once), 1e-12);
  }

  @Test
  void binaryAucIsTheSameWhicheverClassIsTheSignal() {
    // Evaluator ranks the class named like a signal: here "bound", class 0
    Predictions p = binary(300, 10, 0);
    double evaluated =
        Evaluator.evaluate(p.labels(), p.probs(), List.of("bound", "unbound")).rocAuc();
    int[] once = new int[p.labels().length];
    java.util.Arrays.fill(once, 1);
    assertEquals(evaluated, Bootstrap.Ranking.of(p.labels(), p.probs(), 1).auc(once), 1e-6);
  }

  @Test
  void oneClassTestSetHasNoAucInterval() {
    int[] labels = {0, 0, 0, 0, 0};
    float[][] probs = {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.3f, 0.7f}, {0.8f, 0.2f}, {0.7f, 0.3f}};
    BootstrapIntervals ci = Bootstrap.intervals(labels, probs, 2, 1);
    assertFalse(ci.rocAuc().defined());
    assertEquals("n/a", ci.rocAuc().format(3));
    assertTrue(ci.accuracy().defined());
    assertTrue(ci.accuracy().contains(0.8), ci.toString());
  }

  @Test
  void threeClassesWithOneMissingHaveNoAucInterval() {
    int[] labels = {0, 1, 0, 1, 0, 1};
    float[][] probs = new float[6][];
    for (int i = 0; i < 6; i++) {
      probs[i] = new float[] {0.5f, 0.3f, 0.2f};
    }
    assertFalse(Bootstrap.intervals(labels, probs, 3, 1).rocAuc().defined());
  }

  @Test
  void everyPredictionRightGivesAnIntervalOfOne() {
    int[] labels = {0, 1, 0, 1, 1, 0, 1, 0};
    float[][] probs = new float[8][];
    for (int i = 0; i < 8; i++) {
      probs[i] = labels[i] == 1 ? new float[] {0.2f, 0.8f} : new float[] {0.9f, 0.1f};
    }
    BootstrapIntervals ci = Bootstrap.intervals(labels, probs, 2, 5);
    assertEquals(new Interval(1, 1), ci.accuracy());
    assertEquals(new Interval(1, 1), ci.rocAuc());
  }

  @Test
  void percentilesInterpolateAsNumpy() {
    double[] values = new double[101];
    for (int i = 0; i < values.length; i++) {
      values[i] = 101 - i; // unsorted on purpose
    }
    // numpy.percentile(numpy.arange(1, 102), [2.5, 97.5]) == [3.5, 98.5]
    Interval ci = Bootstrap.percentileInterval(values, 0.95);
    assertEquals(3.5, ci.low(), 1e-12);
    assertEquals(98.5, ci.high(), 1e-12);
    // numpy.percentile([1, 2, 3, 4], [5, 95]) == [1.15, 3.85]
    Interval four = Bootstrap.percentileInterval(new double[] {4, 1, 3, 2}, 0.9);
    assertEquals(1.15, four.low(), 1e-12);
    assertEquals(3.85, four.high(), 1e-12);
  }

  @Test
  void refusesInputsThatCannotBeEvaluated() {
    float[][] probs = {{0.5f, 0.5f}, {0.2f, 0.8f}};
    assertThrows(
        IllegalArgumentException.class, () -> Bootstrap.intervals(new int[] {0}, probs, 2, 1));
    assertThrows(
        IllegalArgumentException.class, () -> Bootstrap.intervals(new int[] {0, 2}, probs, 2, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Bootstrap.intervals(new int[] {0, 1}, probs, 2, 0, 0.95, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> Bootstrap.intervals(new int[] {0, 1}, probs, 2, 10, 1.0, 1));
  }
}
