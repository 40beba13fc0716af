package org.motifworkbench.motif;

/** How alike two motif columns are; larger is more alike. Columns are scaled to sum 1 first. */
public enum ColumnSimilarity {

  /**
   * Pearson correlation of the four frequencies (Tomtom's {@code pearson}), -1 to 1; 0 when either
   * column is uniform, as correlation with a constant is undefined.
   */
  PEARSON(-1, 1) {
    @Override
    void prepare(double[] p, double[] out, int at) {
      double norm = 0;
      for (int b = 0; b < 4; b++) {
        norm += (p[b] - 0.25) * (p[b] - 0.25);
      }
      norm = Math.sqrt(norm);
      for (int b = 0; b < 4; b++) {
        out[at + b] = norm < 1e-12 ? 0 : (p[b] - 0.25) / norm;
      }
    }

    @Override
    double score(double[] x, int xi, double[] y, int yi) {
      return x[xi] * y[yi] + x[xi + 1] * y[yi + 1] + x[xi + 2] * y[yi + 2] + x[xi + 3] * y[yi + 3];
    }
  },

  /** Minus the Euclidean distance of the four frequencies, -sqrt(2) to 0. */
  EUCLIDEAN(-Math.sqrt(2), 0) {
    @Override
    void prepare(double[] p, double[] out, int at) {
      System.arraycopy(p, 0, out, at, 4);
    }

    @Override
    double score(double[] x, int xi, double[] y, int yi) {
      double sum = 0;
      for (int b = 0; b < 4; b++) {
        double d = x[xi + b] - y[yi + b];
        sum += d * d;
      }
      return -Math.sqrt(sum);
    }
  };

  private final double min;
  private final double max;

  ColumnSimilarity(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /** The lowest possible score. */
  public double min() {
    return min;
  }

  /** The highest possible score (two identical non-uniform columns). */
  public double max() {
    return max;
  }

  /** The similarity of two columns of four frequencies (A, C, G, T). */
  public double of(double[] x, double[] y) {
    double[] a = new double[4];
    double[] b = new double[4];
    prepare(normalize(x), a, 0);
    prepare(normalize(y), b, 0);
    return score(a, 0, b, 0);
  }

  /** Writes the column (already scaled to sum 1) in the form {@link #score} reads, 4 values. */
  abstract void prepare(double[] p, double[] out, int at);

  /** The similarity of two prepared columns starting at {@code xi} and {@code yi}. */
  abstract double score(double[] x, int xi, double[] y, int yi);

  /** The four values scaled to sum 1; all-zero becomes uniform. */
  static double[] normalize(double[] column) {
    double sum = column[0] + column[1] + column[2] + column[3];
    double[] p = new double[4];
    for (int b = 0; b < 4; b++) {
      p[b] = sum > 0 ? column[b] / sum : 0.25;
    }
    return p;
  }
}
