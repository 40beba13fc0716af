package org.motifworkbench.motif;

/**
 * Tomtom's null model for one query: the chance that the best of all alignments with a target of a
 * given width scores at least a given complete score, when each query column meets database columns
 * drawn at random. Columns are treated as independent, so the score of a run of query columns has
 * the convolution of their histograms as its distribution (memesuite-lite's {@code A}), and the
 * best of several alignments is beaten unless every one is (its {@code B}). Tails are summed from
 * the top, so small p-values keep their precision.
 */
final class OverlapNull {

  private final int width;
  private final int unalignedBin;

  /** tails[start][length - 1][sum] = P(binned sum of columns start..start+length-1 >= sum). */
  private final double[][][] tails;

  private OverlapNull(int width, int unalignedBin, double[][][] tails) {
    this.width = width;
    this.unalignedBin = unalignedBin;
    this.tails = tails;
  }

  static OverlapNull of(QueryScores scores) {
    int w = scores.width();
    double[][][] tails = new double[w][][];
    for (int start = 0; start < w; start++) {
      tails[start] = new double[w - start][];
      double[] dist = scores.histogram(start);
      for (int length = 1; start + length <= w; length++) {
        if (length > 1) {
          dist = convolve(dist, scores.histogram(start + length - 1));
        }
        tails[start][length - 1] = suffixSums(dist);
      }
    }
    return new OverlapNull(w, scores.unalignedBin(), tails);
  }

  /**
   * The p-value of a best complete score {@code score} against a target {@code targetWidth} columns
   * wide, over every alignment that overlaps it by at least {@code minOverlap} columns (lowered to
   * the shorter width), on one strand.
   */
  double pValue(int targetWidth, int minOverlap, int score) {
    int least = Math.min(minOverlap, Math.min(width, targetWidth));
    int inside = Math.min(width, targetWidth);
    double p = 0;
    if (targetWidth >= width) {
      p = either(p, repeated(tail(0, width, score), targetWidth - width + 1));
    } else {
      for (int start = 0; start + targetWidth <= width; start++) {
        p = either(p, tail(start, targetWidth, score));
      }
    }
    for (int length = least; length < inside; length++) {
      p = either(p, tail(0, length, score));
      p = either(p, tail(width - length, length, score));
    }
    return p;
  }

  /** P(complete score >= score) for query columns start..start+length-1 aligned, others not. */
  private double tail(int start, int length, int score) {
    int sum = score - (width - length) * unalignedBin;
    double[] tail = tails[start][length - 1];
    if (sum <= 0) {
      return 1;
    }
    return sum < tail.length ? tail[sum] : 0;
  }

  /** P(A or B) of independent events: a + b - ab, exact for tiny values too. */
  private static double either(double a, double b) {
    return a + b - a * b;
  }

  /** P(at least one of {@code times} independent events of probability p). */
  private static double repeated(double p, int times) {
    if (p >= 1) {
      return 1;
    }
    if (p * times < 1e-4) {
      // 1 - (1 - p)^t by its binomial series: four terms leave an error below (tp)^4 / 120
      // relative, under 1e-18; log1p and expm1 are native calls on JDK 17 (12% of a profile)
      double sum = 0;
      double term = 1;
      for (int k = 1; k <= 4 && k <= times; k++) {
        term *= -p * (times - k + 1) / k;
        sum -= term;
      }
      return sum;
    }
    // the result is at least about 1e-4 here, so 1 - pow keeps ~11 significant digits
    return 1 - Math.pow(1 - p, times);
  }

  private static double[] convolve(double[] dist, double[] column) {
    int lo = 0;
    int hi = column.length - 1;
    while (lo < hi && column[lo] == 0) {
      lo++;
    }
    while (hi > lo && column[hi] == 0) {
      hi--;
    }
    int first = 0;
    int last = dist.length - 1;
    while (first < last && dist[first] == 0) {
      first++;
    }
    while (last > first && dist[last] == 0) {
      last--;
    }
    double[] out = new double[dist.length + column.length - 1];
    MatchKernels.convolve(dist, first, last, column, lo, hi, out);
    return out;
  }

  /** Tail sums from the top, so that tiny upper tails keep their precision. */
  private static double[] suffixSums(double[] dist) {
    double[] tail = new double[dist.length];
    double sum = 0;
    for (int i = dist.length - 1; i >= 0; i--) {
      sum += dist[i];
      tail[i] = Math.min(1, sum);
    }
    return tail;
  }
}
