package org.motifworkbench.evaluation;

import java.util.Locale;

/**
 * A two-sided interval of a metric, e.g. a 95% bootstrap interval of a test accuracy. Both ends are
 * NaN when it is undefined (e.g. ROC AUC when most resamples hold one class only).
 *
 * @param low lower end
 * @param high upper end
 */
public record Interval(double low, double high) {

  /** An interval that could not be computed. */
  public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

  /** Whether both ends are numbers. */
  public boolean defined() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }

  /** Whether {@code value} lies between the ends (inclusive); false when undefined. */
  public boolean contains(double value) {
    return defined() && value >= low && value <= high;
  }

  /** Whether the two intervals share a point; false when either is undefined. */
  public boolean overlaps(Interval other) {
    return defined() && other.defined() && low <= other.high && other.low <= high;
  }

  /** "0.812-0.857" with {@code decimals} decimals, or "n/a" when undefined. */
  public String format(int decimals) {
    if (!defined()) {
      return "n/a";
    }
    String f = "%." + decimals + "f";
    return String.format(Locale.ROOT, f + "-" + f, low, high);
  }
}
