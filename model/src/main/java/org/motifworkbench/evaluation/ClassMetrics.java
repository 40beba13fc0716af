package org.motifworkbench.evaluation;

import java.util.Objects;

/**
 * Precision, recall, F1 and support of one class, treating that class as positive. A ratio whose
 * denominator is zero is 0, as in scikit-learn's {@code zero_division=0}.
 */
public record ClassMetrics(
    String className, double precision, double recall, double f1, int support) {

  public ClassMetrics {
    Objects.requireNonNull(className, "className");
  }

  /**
   * Metrics from counts: precision = tp / (tp + fp), recall = tp / (tp + fn), F1 = 2 tp / (2 tp +
   * fp + fn) (the harmonic mean of the two), support = tp + fn; a zero denominator gives 0.
   */
  public static ClassMetrics fromCounts(String className, int tp, int fp, int fn) {
    return new ClassMetrics(
        className,
        ratio(tp, (long) tp + fp),
        ratio(tp, (long) tp + fn),
        ratio(2L * tp, 2L * tp + fp + fn),
        tp + fn);
  }

  /** The metrics of class {@code c} of a confusion matrix. */
  public static ClassMetrics of(ConfusionMatrix matrix, int c) {
    return fromCounts(
        matrix.labels().get(c),
        matrix.truePositives(c),
        matrix.falsePositives(c),
        matrix.falseNegatives(c));
  }

  static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
