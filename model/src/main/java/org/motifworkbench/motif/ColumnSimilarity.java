package org.motifworkbench.motif;

/** How alike two motif columns are; larger is more alike. Columns are scaled to sum 1 first. */
public enum ColumnSimilarity {

  /**
   * Pearson correlation of the four frequencies (Tomtom's {@code -dist pearson}), -1 to 1; 0 when
   * either column is uniform, as correlation with a constant is undefined.
   */
  PEARSON {
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
    double score(double[] x, int xi, double xNorm, double[] y, int yi, double yNorm) {
      return x[xi] * y[yi] + x[xi + 1] * y[yi + 1] + x[xi + 2] * y[yi + 2] + x[xi + 3] * y[yi + 3];
    }
  },

  /**
   * Minus the Euclidean distance of the four frequencies (Tomtom's {@code -dist ed}, its default
   * since MEME Suite 5), -sqrt(2) to 0.
   */
  EUCLIDEAN {
    @Override
    void prepare(double[] p, double[] out, int at) {
      System.arraycopy(p, 0, out, at, 4);
    }

    /**
     * Computed as memesuite-lite's Tomtom does, |x|^2 + |y|^2 - 2 x.y in this order, so that the
     * same columns fall into the same score bins as in its published results.
     */
    @Override
    double score(double[] x, int xi, double xNorm, double[] y, int yi, double yNorm) {
      double z = xNorm + yNorm;
      for (int b = 0; b < 4; b++) {
        z -= 2 * x[xi + b] * y[yi + b];
      }
      return z > 0 ? -Math.sqrt(z) : 0;
    }

    /** The same distance from the differences, exactly 0 for two equal columns. */
    @Override
    double reported(double[] x, int xi, double[] y, int yi) {
      double sum = 0;
      for (int b = 0; b < 4; b++) {
        double d = x[xi + b] - y[yi + b];
        sum += d * d;
      }
      return sum > 0 ? -Math.sqrt(sum) : 0;
    }
  };

  /** The similarity of two columns of four frequencies (A, C, G, T). */
  public double of(double[] x, double[] y) {
    double[] a = new double[4];
    double[] b = new double[4];
    prepare(normalize(x), a, 0);
    prepare(normalize(y), b, 0);
    return reported(a, 0, b, 0);
  }

  /** Writes the column (already scaled to sum 1) in the form {@link #score} reads, 4 values. */
  abstract void prepare(double[] p, double[] out, int at);

  /**
   * The similarity of two prepared columns starting at {@code xi} and {@code yi}, given their
   * {@link #squaredNorm}s.
   */
  abstract double score(double[] x, int xi, double xNorm, double[] y, int yi, double yNorm);

  /**
   * The similarity as reported to the user. {@link #score} is what the p-values are computed from;
   * for Euclidean distance it leaves about 1e-8 for two equal columns (the root of a rounding
   * error), which this form does not.
   */
  double reported(double[] x, int xi, double[] y, int yi) {
    return score(x, xi, squaredNorm(x, xi), y, yi, squaredNorm(y, yi));
  }

  /** The sum of squares of the 4 values at {@code at}, added in order as numpy sums them. */
  static double squaredNorm(double[] column, int at) {
    double sum = column[at] * column[at];
    for (int b = 1; b < 4; b++) {
      sum += column[at + b] * column[at + b];
    }
    return sum;
  }

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
