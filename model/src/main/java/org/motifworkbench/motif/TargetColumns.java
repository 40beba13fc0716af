package org.motifworkbench.motif;

import java.util.List;

/**
 * The columns of a motif database prepared once for one column similarity and laid end to end, so
 * that a query is compared with every database column in one pass.
 */
final class TargetColumns {

  private final List<Motif> motifs;
  private final int[] starts;
  private final double[] prepared;
  private final int maxWidth;

  private TargetColumns(List<Motif> motifs, int[] starts, double[] prepared, int maxWidth) {
    this.motifs = motifs;
    this.starts = starts;
    this.prepared = prepared;
    this.maxWidth = maxWidth;
  }

  static TargetColumns of(List<Motif> motifs, ColumnSimilarity similarity) {
    List<Motif> copy = List.copyOf(motifs);
    int[] starts = new int[copy.size() + 1];
    int maxWidth = 0;
    for (int k = 0; k < copy.size(); k++) {
      starts[k + 1] = starts[k] + copy.get(k).width();
      maxWidth = Math.max(maxWidth, copy.get(k).width());
    }
    double[] prepared = new double[4 * starts[copy.size()]];
    for (int k = 0; k < copy.size(); k++) {
      double[][] rows = copy.get(k).probabilities();
      for (int i = 0; i < rows.length; i++) {
        similarity.prepare(ColumnSimilarity.normalize(rows[i]), prepared, 4 * (starts[k] + i));
      }
    }
    return new TargetColumns(copy, starts, prepared, maxWidth);
  }

  int size() {
    return motifs.size();
  }

  Motif motif(int k) {
    return motifs.get(k);
  }

  /** Index of motif {@code k}'s first column among all columns. */
  int start(int k) {
    return starts[k];
  }

  int width(int k) {
    return starts[k + 1] - starts[k];
  }

  int columns() {
    return starts[motifs.size()];
  }

  int maxWidth() {
    return maxWidth;
  }

  /** The prepared columns, 4 values each; shared, never to be written. */
  double[] prepared() {
    return prepared;
  }
}
