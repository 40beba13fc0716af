package org.motifworkbench.motif;

/**
 * The similarity of every query column, on both strands, with every database column, as a number
 * and as one of {@link #BINS} + 1 integer bins over the similarity's range.
 */
final class QueryScores {

  /** Bins over a column similarity's range; sums of bins are what the null distribution counts. */
  static final int BINS = 100;

  private final int width;
  private final double[][][] scores;
  private final int[][][] bins;
  private final int[] selfBins;

  private QueryScores(double[][][] scores, int[][][] bins, int[] selfBins) {
    this.width = selfBins.length;
    this.scores = scores;
    this.bins = bins;
    this.selfBins = selfBins;
  }

  static QueryScores of(Motif query, TargetColumns targets, ColumnSimilarity similarity) {
    int w = query.width();
    double[][] strands = {
      prepare(query, similarity), prepare(PositionWeightMatrix.reverseComplement(query), similarity)
    };
    double[][][] scores = new double[2][w][targets.columns()];
    int[][][] bins = new int[2][w][targets.columns()];
    double[] columns = targets.prepared();
    for (int s = 0; s < 2; s++) {
      for (int i = 0; i < w; i++) {
        for (int j = 0; j < targets.columns(); j++) {
          double score = similarity.score(strands[s], 4 * i, columns, 4 * j);
          scores[s][i][j] = score;
          bins[s][i][j] = bin(similarity, score);
        }
      }
    }
    int[] selfBins = new int[w];
    for (int i = 0; i < w; i++) {
      selfBins[i] = bin(similarity, similarity.score(strands[0], 4 * i, strands[0], 4 * i));
    }
    return new QueryScores(scores, bins, selfBins);
  }

  int width() {
    return width;
  }

  /** Similarity of query column {@code i} on strand {@code s} (0 '+', 1 '-') with a db column. */
  double score(int s, int i, int column) {
    return scores[s][i][column];
  }

  int bin(int s, int i, int column) {
    return bins[s][i][column];
  }

  /**
   * The bins of forward column {@code i} against every database column on both strands (its
   * complement against a column equals it against the column's complement), plus its bin against
   * itself, so that no alignment is ever beyond the null.
   */
  int[] nullHistogram(int i) {
    int[] counts = new int[BINS + 1];
    for (int bin : bins[0][i]) {
      counts[bin]++;
    }
    for (int bin : bins[1][width - 1 - i]) {
      counts[bin]++;
    }
    counts[selfBins[i]]++;
    return counts;
  }

  private static double[] prepare(Motif motif, ColumnSimilarity similarity) {
    double[] out = new double[4 * motif.width()];
    double[][] rows = motif.probabilities();
    for (int i = 0; i < rows.length; i++) {
      similarity.prepare(ColumnSimilarity.normalize(rows[i]), out, 4 * i);
    }
    return out;
  }

  private static int bin(ColumnSimilarity similarity, double score) {
    double scaled = (score - similarity.min()) / (similarity.max() - similarity.min()) * BINS;
    return (int) Math.max(0, Math.min(BINS, Math.round(scaled)));
  }
}
