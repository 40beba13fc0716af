package org.motifworkbench.motif;

import java.util.Arrays;
import java.util.Comparator;

/** Benjamini-Hochberg q-values: the smallest false discovery rate at which each test is kept. */
final class BenjaminiHochberg {

  private BenjaminiHochberg() {}

  /**
   * q_(i) = min over k >= i of p_(k) n / k (p sorted ascending), at most 1; same order as input.
   */
  static double[] qValues(double[] pValues) {
    int n = pValues.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    double[] q = new double[n];
    double running = 1;
    for (int rank = n; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, pValues[i] * n / rank);
      q[i] = running;
    }
    return q;
  }
}
