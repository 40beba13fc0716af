package org.motifworkbench.motif;

/**
 * Tomtom's null model: for each run of consecutive query columns, the distribution of the summed
 * binned similarity when each column meets a database column drawn at random. Columns are treated
 * as independent, so the distribution of a run is the convolution of its columns' histograms.
 */
final class OverlapNull {

  /** tails[start][length - 1][sum] = P(binned score of columns start..start+length-1 >= sum). */
  private final double[][][] tails;

  private OverlapNull(double[][][] tails) {
    this.tails = tails;
  }

  /** The null for every run of up to {@code maxLength} forward query columns. */
  static OverlapNull of(QueryScores scores, int maxLength) {
    int w = scores.width();
    double[][] columns = new double[w][];
    for (int i = 0; i < w; i++) {
      columns[i] = probabilities(scores.nullHistogram(i));
    }
    double[][][] tails = new double[w][][];
    for (int start = 0; start < w; start++) {
      int lengths = Math.min(maxLength, w - start);
      tails[start] = new double[lengths][];
      double[] dist = columns[start];
      for (int length = 1; length <= lengths; length++) {
        if (length > 1) {
          dist = convolve(dist, columns[start + length - 1]);
        }
        tails[start][length - 1] = suffixSums(dist);
      }
    }
    return new OverlapNull(tails);
  }

  /**
   * P-value of a binned score of forward columns {@code start .. start + length - 1}; for the
   * reverse strand pass the forward start of the same columns.
   */
  double pValue(int start, int length, int binnedSum) {
    double[] tail = tails[start][length - 1];
    return tail[Math.min(binnedSum, tail.length - 1)];
  }

  private static double[] probabilities(int[] counts) {
    double total = 0;
    for (int c : counts) {
      total += c;
    }
    double[] p = new double[counts.length];
    for (int b = 0; b < counts.length; b++) {
      p[b] = counts[b] / total;
    }
    return p;
  }

  private static double[] convolve(double[] dist, double[] column) {
    double[] out = new double[dist.length + column.length - 1];
    for (int j = 0; j < column.length; j++) {
      double pj = column[j];
      if (pj == 0) {
        continue;
      }
      for (int i = 0; i < dist.length; i++) {
        out[i + j] += dist[i] * pj;
      }
    }
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
