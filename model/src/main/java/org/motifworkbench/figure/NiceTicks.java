package org.motifworkbench.figure;

/**
 * Tick spacing for hand-drawn axes: the "nice" steps 1, 2 and 5 times a power of ten, the smallest
 * that leaves room for each label. (JFreeChart axes do the same with their standard tick units.)
 */
final class NiceTicks {

  private NiceTicks() {}

  /** The smallest nice step (1, 2, 5 x 10^k) at least {@code minStep}; 1 for values not above 0. */
  static double step(double minStep) {
    if (!(minStep > 0) || Double.isInfinite(minStep)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(minStep)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= minStep * (1 - 1e-9)) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /**
   * Bases between numbered ticks along a sequence: a nice whole number of columns that leaves
   * {@code labelWidth} plus a gap of {@code gap} between labels (at least 1).
   */
  static int positions(double columnWidth, double labelWidth, double gap) {
    double needed = (labelWidth + gap) / Math.max(1e-9, columnWidth);
    return (int) Math.max(1, Math.round(step(needed)));
  }
}
