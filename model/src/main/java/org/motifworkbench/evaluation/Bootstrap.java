package org.motifworkbench.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Percentile bootstrap intervals of a test split's accuracy and ROC AUC: the test sequences are
 * drawn with replacement {@code resamples} times, both metrics are recomputed on every resample,
 * and the central {@code level} share of the values is kept (the ends interpolated linearly between
 * order statistics, as numpy's default percentile). Seeded, so the same predictions and seed always
 * give the same intervals.
 *
 * <p>The ROC AUC of a resample is the one {@link RocCurve} computes (trapezoid rule, ties as one
 * step), computed from counts of the scores ranked once, so 1,000 resamples cost about as much as
 * 1,000 passes over the test split instead of 1,000 sorts. A resample that draws one class only has
 * no AUC and is skipped; when more than half of the resamples have none the interval is {@link
 * Interval#UNDEFINED}.
 */
public final class Bootstrap {

  /** Resamples drawn by default: enough for stable 95% ends (the 25th and 975th values). */
  public static final int RESAMPLES = 1000;

  /** Coverage of the intervals by default. */
  public static final double LEVEL = 0.95;

  private Bootstrap() {}

  /**
   * The intervals with {@value #RESAMPLES} resamples at 95%.
   *
   * @see #intervals(int[], float[][], int, int, double, long)
   */
  public static BootstrapIntervals intervals(
      int[] labels, float[][] probabilities, int classCount, long seed) {
    return intervals(labels, probabilities, classCount, RESAMPLES, LEVEL, seed);
  }

  /**
   * Bootstrap intervals of the accuracy (argmax, ties to the lowest index, as {@link
   * Evaluator#predict}) and the ROC AUC: for two classes of class 1 scored by its probability (the
   * same area as the signal class's in {@link Evaluator}, whichever of the two that is, since the
   * two probabilities mirror each other), for more the unweighted mean of every class against the
   * rest (undefined in a resample missing any class).
   *
   * @param labels class index of each test sequence
   * @param probabilities each sequence's class probabilities
   * @param classCount number of classes (at least two)
   * @param resamples how many resamples to draw (at least one)
   * @param level coverage, strictly between 0 and 1
   * @param seed seed of the draws
   * @throws IllegalArgumentException when the inputs cannot be evaluated (as {@link Evaluator}) or
   *     resamples or level are out of range
   */
  public static BootstrapIntervals intervals(
      int[] labels,
      float[][] probabilities,
      int classCount,
      int resamples,
      double level,
      long seed) {
    List<String> names = IntStream.range(0, classCount).mapToObj(c -> "class " + c).toList();
    InputValidator.validate(labels, probabilities, names);
    if (resamples < 1) {
      throw new IllegalArgumentException("at least one resample is needed, not " + resamples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the level must lie between 0 and 1, not " + level);
    }
    int n = labels.length;
    int[] predicted = Evaluator.predict(probabilities);
    boolean[] correct = new boolean[n];
    for (int i = 0; i < n; i++) {
      correct[i] = predicted[i] == labels[i];
    }
    Ranking[] rankings = rankings(labels, probabilities, classCount);
    SplittableRandom random = new SplittableRandom(seed);
    int[] times = new int[n];
    double[] accuracies = new double[resamples];
    double[] aucs = new double[resamples];
    int defined = 0;
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(times, 0);
      for (int d = 0; d < n; d++) {
        times[random.nextInt(n)]++;
      }
      int right = 0;
      for (int i = 0; i < n; i++) {
        if (correct[i]) {
          right += times[i];
        }
      }
      accuracies[r] = (double) right / n;
      double auc = meanAuc(rankings, times);
      if (!Double.isNaN(auc)) {
        aucs[defined++] = auc;
      }
    }
    Interval rocAuc =
        (resamples - defined) * 2 > resamples
            ? Interval.UNDEFINED
            : percentileInterval(Arrays.copyOf(aucs, defined), level);
    return new BootstrapIntervals(percentileInterval(accuracies, level), rocAuc, level, resamples);
  }

  private static Ranking[] rankings(int[] labels, float[][] probabilities, int classCount) {
    if (classCount == 2) {
      return new Ranking[] {Ranking.of(labels, probabilities, 1)};
    }
    Ranking[] out = new Ranking[classCount];
    for (int c = 0; c < classCount; c++) {
      out[c] = Ranking.of(labels, probabilities, c);
    }
    return out;
  }

  /** The mean AUC of the rankings in one resample; NaN when any is undefined. */
  private static double meanAuc(Ranking[] rankings, int[] times) {
    double sum = 0;
    for (Ranking ranking : rankings) {
      double auc = ranking.auc(times);
      if (Double.isNaN(auc)) {
        return Double.NaN;
      }
      sum += auc;
    }
    return sum / rankings.length;
  }

  /**
   * The central {@code level} share of {@code values}: their (1 - level)/2 and (1 + level)/2
   * quantiles, each interpolated linearly between the two nearest order statistics.
   */
  static Interval percentileInterval(double[] values, double level) {
    if (values.length == 0) {
      return Interval.UNDEFINED;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Interval(quantile(sorted, (1 - level) / 2), quantile(sorted, 1 - (1 - level) / 2));
  }

  private static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
  }

  /**
   * One class's scores ranked once: each sequence's tie group (0 = highest score) and whether it is
   * of the class. The AUC of any resample is then a pass over its counts.
   */
  static final class Ranking {

    private final int[] group;
    private final boolean[] positive;
    private final int groups;

    private Ranking(int[] group, boolean[] positive, int groups) {
      this.group = group;
      this.positive = positive;
      this.groups = groups;
    }

    /** Column {@code c} of {@code probabilities} ranked, class {@code c} positive. */
    static Ranking of(int[] labels, float[][] probabilities, int c) {
      int n = labels.length;
      long[] keys = new long[n];
      boolean[] positive = new boolean[n];
      for (int i = 0; i < n; i++) {
        // the score's order in the high half, the sequence in the low half
        keys[i] = ((long) sortableBits(probabilities[i][c]) << 32) | i;
        positive[i] = labels[i] == c;
      }
      Arrays.sort(keys);
      int[] group = new int[n];
      int groups = 0;
      for (int j = n - 1; j >= 0; j--) {
        if (j < n - 1 && (keys[j] >> 32) != (keys[j + 1] >> 32)) {
          groups++;
        }
        group[(int) keys[j]] = groups;
      }
      return new Ranking(group, positive, groups + 1);
    }

    /** An int whose signed order is the float order (-0.0 is folded into 0.0). */
    private static int sortableBits(float score) {
      int bits = Float.floatToIntBits(score + 0.0f);
      return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /**
     * The trapezoid ROC AUC of the sample holding sequence i {@code times[i]} times: exactly what
     * {@link RocCurve} gives for that sample written out; NaN when it lacks either side.
     */
    double auc(int[] times) {
      long[] positives = new long[groups];
      long[] negatives = new long[groups];
      for (int i = 0; i < times.length; i++) {
        if (times[i] > 0) {
          if (positive[i]) {
            positives[group[i]] += times[i];
          } else {
            negatives[group[i]] += times[i];
          }
        }
      }
      long twiceArea = 0;
      long tp = 0;
      long fp = 0;
      for (int g = 0; g < groups; g++) {
        // a group's step: its negatives times the mean true positives before and after it
        twiceArea += negatives[g] * (2 * tp + positives[g]);
        tp += positives[g];
        fp += negatives[g];
      }
      return tp == 0 || fp == 0 ? Double.NaN : twiceArea / (2.0 * tp * fp);
    }
  }
}
