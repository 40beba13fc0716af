package org.motifworkbench.evaluation;

/**
 * Receiver operating characteristic: false and true positive rates at every distinct score used as
 * threshold (predict positive when score >= threshold), and the area under it. Immutable.
 *
 * <p>Points run from (0, 0) at threshold +infinity to (1, 1) at the lowest score. Tied scores form
 * one step, so the trapezoid area equals the Mann-Whitney probability P(score of a positive > score
 * of a negative) + 0.5 P(equal). When truth holds only positives or only negatives the curve has no
 * points and {@link #auc()} is NaN.
 */
public final class RocCurve {

  private final double[] fpr;
  private final double[] tpr;
  private final double[] thresholds;
  private final double auc;

  private RocCurve(double[] fpr, double[] tpr, double[] thresholds, double auc) {
    this.fpr = fpr;
    this.tpr = tpr;
    this.thresholds = thresholds;
    this.auc = auc;
  }

  /** The ROC curve of scores (higher = more positive) against positive flags; O(n log n). */
  public static RocCurve of(float[] scores, boolean[] positive) {
    return of(RankedScores.of(scores, positive));
  }

  static RocCurve of(RankedScores ranked) {
    int p = ranked.positives();
    int n = ranked.negatives();
    if (p == 0 || n == 0) {
      return new RocCurve(new double[0], new double[0], new double[0], Double.NaN);
    }
    int m = ranked.size() + 1;
    double[] fpr = new double[m];
    double[] tpr = new double[m];
    double[] thresholds = new double[m];
    thresholds[0] = Double.POSITIVE_INFINITY;
    long twiceArea = 0;
    int prevTp = 0;
    int prevFp = 0;
    for (int i = 1; i < m; i++) {
      int tp = ranked.truePositives(i - 1);
      int fp = ranked.falsePositives(i - 1);
      fpr[i] = (double) fp / n;
      tpr[i] = (double) tp / p;
      thresholds[i] = ranked.threshold(i - 1);
      twiceArea += (long) (fp - prevFp) * (tp + prevTp);
      prevTp = tp;
      prevFp = fp;
    }
    return new RocCurve(fpr, tpr, thresholds, twiceArea / (2.0 * p * n));
  }

  /** Number of points (0 when the curve is undefined). */
  public int size() {
    return fpr.length;
  }

  /** False positive rate of point i: negatives scoring >= threshold(i) over all negatives. */
  public double fpr(int i) {
    return fpr[i];
  }

  /** True positive rate (recall) of point i. */
  public double tpr(int i) {
    return tpr[i];
  }

  /** Threshold of point i; the first point's is +infinity. */
  public double threshold(int i) {
    return thresholds[i];
  }

  /** Area under the curve by the trapezoid rule, or NaN when only one class is present. */
  public double auc() {
    return auc;
  }

  /** Whether both classes were present, so the curve and its area exist. */
  public boolean isDefined() {
    return !Double.isNaN(auc);
  }
}
