package org.motifworkbench.evaluation;

/**
 * Precision-recall curve at every distinct score used as threshold (predict positive when score >=
 * threshold), its average precision and its no-skill baseline. Immutable.
 *
 * <p>Points run by decreasing threshold from (recall 0, precision 1) at threshold +infinity (a
 * convention, as in scikit-learn) to full recall. Average precision is scikit-learn's: the sum over
 * thresholds of (R_n - R_{n-1}) P_n with R_0 = 0, no interpolation. The baseline is the positive
 * rate, the precision of a classifier that ranks at random. When truth holds no positive the curve
 * has no points and {@link #averagePrecision()} is NaN.
 */
public final class PrCurve {

  private final double[] recall;
  private final double[] precision;
  private final double[] thresholds;
  private final double averagePrecision;
  private final double baseline;

  private PrCurve(
      double[] recall,
      double[] precision,
      double[] thresholds,
      double averagePrecision,
      double baseline) {
    this.recall = recall;
    this.precision = precision;
    this.thresholds = thresholds;
    this.averagePrecision = averagePrecision;
    this.baseline = baseline;
  }

  /** The PR curve of scores (higher = more positive) against positive flags; O(n log n). */
  public static PrCurve of(float[] scores, boolean[] positive) {
    return of(RankedScores.of(scores, positive));
  }

  static PrCurve of(RankedScores ranked) {
    int p = ranked.positives();
    int total = p + ranked.negatives();
    double baseline = total == 0 ? Double.NaN : (double) p / total;
    if (p == 0) {
      return new PrCurve(new double[0], new double[0], new double[0], Double.NaN, baseline);
    }
    int m = ranked.size() + 1;
    double[] recall = new double[m];
    double[] precision = new double[m];
    double[] thresholds = new double[m];
    precision[0] = 1.0;
    thresholds[0] = Double.POSITIVE_INFINITY;
    // Summed as (TP_n - TP_{n-1}) P_n and divided by p once: each term is at most its integer
    // step, so the sum is at most p and the area at most 1. Adding (step / p) P_n instead gave
    // 1.0000000000000002 for a perfect ranking of 9 positives.
    double weighted = 0;
    int prevTp = 0;
    for (int i = 1; i < m; i++) {
      int tp = ranked.truePositives(i - 1);
      recall[i] = (double) tp / p;
      precision[i] = (double) tp / (tp + ranked.falsePositives(i - 1));
      thresholds[i] = ranked.threshold(i - 1);
      weighted += (tp - prevTp) * precision[i];
      prevTp = tp;
    }
    return new PrCurve(recall, precision, thresholds, weighted / p, baseline);
  }

  /** Number of points (0 when the curve is undefined). */
  public int size() {
    return recall.length;
  }

  /** Recall of point i: positives scoring >= threshold(i) over all positives. */
  public double recall(int i) {
    return recall[i];
  }

  /** Precision of point i: positives among examples scoring >= threshold(i); 1 at the start. */
  public double precision(int i) {
    return precision[i];
  }

  /** Threshold of point i; the first point's is +infinity. */
  public double threshold(int i) {
    return thresholds[i];
  }

  /** Average precision (the PR AUC), or NaN when truth holds no positive. */
  public double averagePrecision() {
    return averagePrecision;
  }

  /** The positive rate: average precision of a no-skill classifier. */
  public double baseline() {
    return baseline;
  }

  /** Whether truth held a positive, so the curve and its area exist. */
  public boolean isDefined() {
    return !Double.isNaN(averagePrecision);
  }
}
