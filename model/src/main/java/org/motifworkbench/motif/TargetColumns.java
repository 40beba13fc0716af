package org.motifworkbench.motif;

import java.util.List;

/**
 * The columns of a motif database prepared once for one column similarity and laid end to end:
 * every motif as given, then every motif's reverse complement (the layout of memesuite-lite's
 * Tomtom), so that a query column is compared with every database column in one pass.
 */
final class TargetColumns {

  private final List<Motif> motifs;
  private final int[] starts;
  private final double[] prepared;
  private final double[] norms;
  private final double[][] lanes;
  private final int maxWidth;

  private TargetColumns(
      List<Motif> motifs, int[] starts, double[] prepared, double[] norms, int maxWidth) {
    this.motifs = motifs;
    this.starts = starts;
    this.prepared = prepared;
    this.norms = norms;
    this.maxWidth = maxWidth;
    int columns = norms.length;
    this.lanes = new double[4][columns];
    for (int j = 0; j < columns; j++) {
      for (int k = 0; k < 4; k++) {
        lanes[k][j] = prepared[4 * j + k];
      }
    }
  }

  static TargetColumns of(List<Motif> motifs, ColumnSimilarity similarity) {
    List<Motif> copy = List.copyOf(motifs);
    int n = copy.size();
    int[] starts = new int[n + 1];
    int maxWidth = 0;
    for (int k = 0; k < n; k++) {
      starts[k + 1] = starts[k] + copy.get(k).width();
      maxWidth = Math.max(maxWidth, copy.get(k).width());
    }
    int perStrand = starts[n];
    double[] prepared = new double[8 * perStrand];
    double[] norms = new double[2 * perStrand];
    for (int k = 0; k < n; k++) {
      double[][] rows = copy.get(k).probabilities();
      int w = rows.length;
      for (int i = 0; i < w; i++) {
        double[] p = ColumnSimilarity.normalize(rows[i]);
        double[] complement = {p[3], p[2], p[1], p[0]};
        int forward = starts[k] + i;
        int reverse = perStrand + starts[k] + (w - 1 - i);
        similarity.prepare(p, prepared, 4 * forward);
        similarity.prepare(complement, prepared, 4 * reverse);
        norms[forward] = ColumnSimilarity.squaredNorm(prepared, 4 * forward);
        norms[reverse] = ColumnSimilarity.squaredNorm(prepared, 4 * reverse);
      }
    }
    return new TargetColumns(copy, starts, prepared, norms, maxWidth);
  }

  int size() {
    return motifs.size();
  }

  Motif motif(int k) {
    return motifs.get(k);
  }

  /** Index of motif {@code k}'s first column on strand {@code s} (0 as given, 1 reverse). */
  int start(int k, int s) {
    return s * starts[motifs.size()] + starts[k];
  }

  int width(int k) {
    return starts[k + 1] - starts[k];
  }

  /** Number of columns on both strands. */
  int columns() {
    return 2 * starts[motifs.size()];
  }

  int maxWidth() {
    return maxWidth;
  }

  /** The prepared columns, 4 values each; shared, never to be written. */
  double[] prepared() {
    return prepared;
  }

  /** The squared norm of each prepared column; shared, never to be written. */
  /** {@link #prepared()} lane by lane: lanes()[k][j] = prepared()[4 j + k]. */
  double[][] lanes() {
    return lanes;
  }

  double[] norms() {
    return norms;
  }
}
