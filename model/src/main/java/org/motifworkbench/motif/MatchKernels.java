package org.motifworkbench.motif;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matcher's two inner loops on the Vector API, lane by lane the same operations in the same
 * order as the scalar code they replace (Java never fuses a multiply and an add), so every score,
 * bin and p-value is bit for bit what the scalar loops gave: the Euclidean scores of one query
 * column against every database column, and the convolution of a score distribution with a column's
 * histogram. Uses the incubating Vector API, like the network's CPU kernels.
 */
final class MatchKernels {

  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
  private static final int VL = S.length();

  private MatchKernels() {}

  /**
   * out[row + j] = -sqrt(|x|^2 + |y_j|^2 - 2 x . y_j) (0 where that is not positive) for database
   * columns j = 0 ... n - 1, whose prepared values are given lane-wise (y0[j] ... y3[j]); returns
   * the row's minimum in extremes[0] and maximum in extremes[1].
   */
  static void euclideanRow(
      double[] x,
      int at,
      double xNorm,
      double[][] y,
      double[] norms,
      double[] out,
      int row,
      int n,
      double[] extremes) {
    double x0 = 2 * x[at];
    double x1 = 2 * x[at + 1];
    double x2 = 2 * x[at + 2];
    double x3 = 2 * x[at + 3];
    double[] y0 = y[0];
    double[] y1 = y[1];
    double[] y2 = y[2];
    double[] y3 = y[3];
    DoubleVector v0 = DoubleVector.broadcast(S, x0);
    DoubleVector v1 = DoubleVector.broadcast(S, x1);
    DoubleVector v2 = DoubleVector.broadcast(S, x2);
    DoubleVector v3 = DoubleVector.broadcast(S, x3);
    DoubleVector vNorm = DoubleVector.broadcast(S, xNorm);
    DoubleVector maxV = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
    DoubleVector minV = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
    int j = 0;
    for (int bound = S.loopBound(n); j < bound; j += VL) {
      DoubleVector z = vNorm.add(DoubleVector.fromArray(S, norms, j));
      z = z.sub(v0.mul(DoubleVector.fromArray(S, y0, j)));
      z = z.sub(v1.mul(DoubleVector.fromArray(S, y1, j)));
      z = z.sub(v2.mul(DoubleVector.fromArray(S, y2, j)));
      z = z.sub(v3.mul(DoubleVector.fromArray(S, y3, j)));
      VectorMask<Double> positive = z.compare(VectorOperators.GT, 0.0);
      DoubleVector score =
          DoubleVector.zero(S).blend(z.lanewise(VectorOperators.SQRT).neg(), positive);
      score.intoArray(out, row + j);
      maxV = maxV.max(score);
      minV = minV.min(score);
    }
    double max = maxV.reduceLanes(VectorOperators.MAX);
    double min = minV.reduceLanes(VectorOperators.MIN);
    for (; j < n; j++) {
      double z = xNorm + norms[j];
      z -= x0 * y0[j];
      z -= x1 * y1[j];
      z -= x2 * y2[j];
      z -= x3 * y3[j];
      double score = z > 0 ? -Math.sqrt(z) : 0;
      out[row + j] = score;
      max = Math.max(max, score);
      min = Math.min(min, score);
    }
    extremes[0] = min;
    extremes[1] = max;
  }

  /**
   * out[i + j] += dist[i] x column[j] for i in [first, last] and j in [lo, hi] with column[j] != 0,
   * j outer as the scalar loop had it.
   */
  static void convolve(
      double[] dist, int first, int last, double[] column, int lo, int hi, double[] out) {
    int count = last - first + 1;
    int bound = S.loopBound(count);
    for (int j = lo; j <= hi; j++) {
      double pj = column[j];
      if (pj == 0) {
        continue;
      }
      DoubleVector p = DoubleVector.broadcast(S, pj);
      int k = 0;
      for (; k < bound; k += VL) {
        int i = first + k;
        DoubleVector.fromArray(S, dist, i)
            .mul(p)
            .add(DoubleVector.fromArray(S, out, i + j))
            .intoArray(out, i + j);
      }
      for (; k < count; k++) {
        int i = first + k;
        out[i + j] += dist[i] * pj;
      }
    }
  }
}
