package org.motifworkbench.network;

import java.util.Arrays;

/**
 * How far one batch-norm layer's running statistics were from the exact inference-mode statistics
 * of the data they were recalibrated on: the mean's distance in standard deviations and the ratio
 * of running to actual variance, each as median and maximum over the layer's channels.
 *
 * @param layer the layer, e.g. {@code conv7} or {@code dense0}
 * @param medianMeanShift median over channels of |running mean - mean| / standard deviation
 * @param maxMeanShift maximum of the same
 * @param medianVarianceRatio median over channels of running variance / variance
 * @param maxVarianceRatio maximum of the same
 */
public record NormShift(
    String layer,
    double medianMeanShift,
    double maxMeanShift,
    double medianVarianceRatio,
    double maxVarianceRatio) {

  public static NormShift of(String layer, double[] meanShift, double[] varianceRatio) {
    double[] m = meanShift.clone();
    double[] v = varianceRatio.clone();
    Arrays.sort(m);
    Arrays.sort(v);
    return new NormShift(layer, m[m.length / 2], m[m.length - 1], v[v.length / 2], v[v.length - 1]);
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: mean off by %.2f sd (median), %.2f (max); variance ratio %.3g (median), %.3g (max)",
        layer,
        medianMeanShift,
        maxMeanShift,
        medianVarianceRatio,
        maxVarianceRatio);
  }
}
