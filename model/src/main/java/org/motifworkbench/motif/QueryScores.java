package org.motifworkbench.motif;

import java.util.Arrays;

/**
 * One query's column similarities with every database column on both strands, and their integer
 * bins as Tomtom counts them (Gupta et al. 2007; binning as in memesuite-lite's Tomtom): each query
 * column's similarities are centred on their median over the database, one scale maps the centred
 * values of all columns onto {@link #BINS} + 1 bins, and a query column that meets no target column
 * counts as its median ({@link #unalignedBin}), the "complete score".
 */
final class QueryScores {

  /** Score bins ({@code t} in the Tomtom paper). */
  static final int BINS = 100;

  /** Bins of the approximate median, as memesuite-lite computes it. */
  private static final int MEDIAN_BINS = 1000;

  private final ColumnSimilarity similarity;
  private final double[] query;
  private final double[] targets;
  private final int width;
  private final int columns;
  private final int[] bins;
  private final double[][] histograms;
  private final int unalignedBin;

  private QueryScores(
      ColumnSimilarity similarity,
      double[] query,
      double[] targets,
      int width,
      int columns,
      int[] bins,
      double[][] histograms,
      int unalignedBin) {
    this.similarity = similarity;
    this.query = query;
    this.targets = targets;
    this.width = width;
    this.columns = columns;
    this.bins = bins;
    this.histograms = histograms;
    this.unalignedBin = unalignedBin;
  }

  static QueryScores of(Motif query, TargetColumns targets, ColumnSimilarity similarity) {
    int w = query.width();
    int n = targets.columns();
    double[] q = new double[4 * w];
    double[] qNorms = new double[w];
    double[][] rows = query.probabilities();
    for (int i = 0; i < w; i++) {
      similarity.prepare(ColumnSimilarity.normalize(rows[i]), q, 4 * i);
      qNorms[i] = ColumnSimilarity.squaredNorm(q, 4 * i);
    }
    double[] scores = new double[w * n];
    double[] medians = new double[w];
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    MedianBins medianBins = new MedianBins();
    double[] prepared = targets.prepared();
    double[] norms = targets.norms();
    for (int i = 0; i < w; i++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      int row = i * n;
      if (similarity == ColumnSimilarity.EUCLIDEAN) {
        // scores are <= 0 and their extremes are computed with the row: one pass less
        double[] extremes = new double[2];
        MatchKernels.euclideanRow(
            q, 4 * i, qNorms[i], targets.lanes(), norms, scores, row, n, extremes);
        min = extremes[0];
        max = extremes[1];
      } else {
        for (int j = 0; j < n; j++) {
          scores[row + j] = similarity.score(q, 4 * i, qNorms[i], prepared, 4 * j, norms[j]);
        }
        for (int j = row; j < row + n; j++) {
          min = Math.min(min, scores[j]);
          max = Math.max(max, scores[j]);
        }
      }
      medians[i] = medianBins.median(scores, row, n, min, max);
      lowest = Math.min(lowest, min - medians[i]);
      highest = Math.max(highest, max - medians[i]);
    }
    int floor = (int) Math.floor(lowest);
    double range = highest - floor;
    int scale = range > 0 ? (int) Math.floor(BINS / range) : BINS;
    int[] bins = new int[w * n];
    double[][] histograms = new double[w][BINS + 1];
    for (int i = 0; i < w; i++) {
      double centre = medians[i] + floor;
      int row = i * n;
      int[] counts = new int[BINS + 1];
      for (int j = 0; j < n; j++) {
        // a cast equals floor for values >= 0, and anything below 0 is clamped to bin 0 either way
        int bin = (int) ((scores[row + j] - centre) * scale + 0.5);
        bin = Math.max(0, Math.min(BINS, bin));
        bins[row + j] = bin;
        counts[bin]++;
      }
      for (int b = 0; b <= BINS; b++) {
        histograms[i][b] = counts[b] / (double) n;
      }
    }
    return new QueryScores(similarity, q, prepared, w, n, bins, histograms, -floor * scale);
  }

  int width() {
    return width;
  }

  /**
   * Similarity of query column {@code i} with database column {@code column} (both strands), as
   * reported: {@link ColumnSimilarity#reported}.
   */
  double score(int i, int column) {
    return similarity.reported(query, 4 * i, targets, 4 * column);
  }

  int bin(int i, int column) {
    return bins[i * columns + column];
  }

  /** All bins, query column {@code i}'s against database column {@code c} at i x columns + c. */
  int[] bins() {
    return bins;
  }

  /** Database columns on both strands (the row length of {@link #bins()}). */
  int columns() {
    return columns;
  }

  /** The bin a query column outside the overlap counts as: the bin of its median. */
  int unalignedBin() {
    return unalignedBin;
  }

  /** Probability of each bin for query column {@code i} against a database column at random. */
  double[] histogram(int i) {
    return histograms[i];
  }

  /**
   * memesuite-lite's median: values counted into 1,000 bins over their range, then the mean of the
   * bin where half of them are reached (exact when the middle values share a bin).
   */
  private static final class MedianBins {
    private final int[] counts = new int[MEDIAN_BINS];
    private final double[] sums = new double[MEDIAN_BINS];

    double median(double[] values, int from, int n, double min, double max) {
      double range = max - min;
      if (!(range > 0)) {
        return min;
      }
      Arrays.fill(counts, 0);
      Arrays.fill(sums, 0);
      double toBins = (MEDIAN_BINS - 1) / range;
      for (int j = from; j < from + n; j++) {
        // one multiplication instead of a division per value: the bin may differ from
        // memesuite-lite's (v - min) / range x 999 by one where a value sits on a boundary
        int b = Math.min(MEDIAN_BINS - 1, (int) ((values[j] - min) * toBins));
        counts[b]++;
        sums[b] += values[j];
      }
      double half = n / 2.0;
      long seen = 0;
      for (int b = 0; b < MEDIAN_BINS; b++) {
        seen += counts[b];
        if (seen >= half && counts[b] > 0) {
          return sums[b] / counts[b];
        }
      }
      return max;
    }
  }
}
