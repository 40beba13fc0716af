package org.motifworkbench.figure;

import java.util.Locale;

/**
 * How evaluation numbers are written in figures and on screen: three decimals, and the word
 * "undefined" for a value that does not exist (NaN), such as the ROC AUC of a single-class test
 * set.
 */
public final class MetricFormat {

  /** The word shown for a metric that cannot be computed. */
  public static final String UNDEFINED = "undefined";

  private MetricFormat() {}

  /** "0.953", or "undefined" for NaN. */
  public static String threeDecimals(double value) {
    return Double.isNaN(value) ? UNDEFINED : String.format(Locale.ROOT, "%.3f", value);
  }

  /** "83.3 %", or an en dash when the share does not exist (a class without examples). */
  public static String percent(double fraction) {
    return Double.isNaN(fraction)
        ? "\u2013"
        : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
  }
}
