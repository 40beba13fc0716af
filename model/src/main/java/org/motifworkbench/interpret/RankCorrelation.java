package org.motifworkbench.interpret;

import java.util.Arrays;

/**
 * Spearman's rank correlation as scipy's {@code spearmanr} defines it: the Pearson correlation of
 * the two samples' ranks, tied values sharing the average of the ranks they span. NaN when either
 * sample has no spread (all values tied), as scipy returns.
 */
public final class RankCorrelation {

  private RankCorrelation() {}

  /** Spearman's rho of {@code a} and {@code b}, which must have the same length (at least 2). */
  public static double spearman(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "Rank correlation needs two samples of one length, not " + a.length + " and " + b.length);
    }
    if (a.length < 2) {
      return Double.NaN;
    }
    return pearson(averageRanks(a), averageRanks(b));
  }

  /** 1-based ranks of {@code values}; a run of ties gets the mean of the ranks it spans. */
  public static double[] averageRanks(float[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Float.compare(values[x], values[y]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1; // ranks i+1 .. j+1 averaged
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  private static double pearson(double[] x, double[] y) {
    double meanX = Arrays.stream(x).average().orElse(0);
    double meanY = Arrays.stream(y).average().orElse(0);
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      xy += dx * dy;
      xx += dx * dx;
      yy += dy * dy;
    }
    return xx == 0 || yy == 0 ? Double.NaN : xy / Math.sqrt(xx * yy);
  }
}
