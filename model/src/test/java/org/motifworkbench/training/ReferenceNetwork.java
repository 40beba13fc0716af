package org.motifworkbench.training;

import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.network.NetworkWeights;

/**
 * The network's inference written once more, as plainly as possible, in double precision, from its
 * definition (NetworkSpec's documentation): the reference every back end is checked against. One
 * sequence at a time, input (4, L) channels-first.
 */
final class ReferenceNetwork {

  private ReferenceNetwork() {}

  /** Inference-mode logits of one sequence. */
  static double[] logits(NetworkWeights w, float[] x, int length) {
    return head(w, pooled(w, x, length));
  }

  /** The class score explanations differentiate: a class's logit (two classes: +-z). */
  static double score(NetworkWeights w, float[] x, int length, int classIndex) {
    double[] z = logits(w, x, length);
    if (w.outputs() == 1) {
      return classIndex == 1 ? z[0] : -z[0];
    }
    return z[classIndex];
  }

  /**
   * Branch j's convolution + ReLU, [filter][position]: output p reads p - k/2 ... p - k/2 + k - 1.
   */
  static double[][] convolved(NetworkWeights.Branch b, float[] x, int length) {
    return convolved(b, x, length, 0, length);
  }

  /**
   * As {@link #convolved(NetworkWeights.Branch, float[], int)} for positions from ... from + length
   * - 1 of a longer input x (4, stretch): the convolution reads the input's real bases beyond them,
   * zero only beyond the input (a window of a scan with shared feature maps).
   */
  static double[][] convolved(
      NetworkWeights.Branch b, float[] x, int stretch, int from, int length) {
    int k = b.kernel();
    int filters = b.convBias().length;
    double[][] h = new double[filters][length];
    for (int f = 0; f < filters; f++) {
      for (int p = 0; p < length; p++) {
        double a = b.convBias()[f];
        for (int c = 0; c < 4; c++) {
          for (int o = 0; o < k; o++) {
            int q = from + p - k / 2 + o;
            if (q >= 0 && q < stretch) {
              a += b.convWeight()[(f * 4 + c) * k + o] * (double) x[c * stretch + q];
            }
          }
        }
        h[f][p] = Math.max(a, 0);
      }
    }
    return h;
  }

  static double norm(NetworkWeights.Norm n, int i, double v, double eps) {
    return (v - n.runningMean()[i]) / Math.sqrt(n.runningVar()[i] + eps) * n.gamma()[i]
        + n.beta()[i];
  }

  /** Every branch pooled, concatenated: batch norm, then attention or max pooling. */
  static double[] pooled(NetworkWeights w, float[] x, int length) {
    return pooled(w, x, length, 0, length);
  }

  /**
   * Inference-mode logits of the window from ... from + length - 1 of a longer input x (4,
   * stretch), its convolutions reading the real bases beyond the window.
   */
  static double[] windowLogits(NetworkWeights w, float[] x, int stretch, int from, int length) {
    return head(w, pooled(w, x, stretch, from, length));
  }

  private static double[] pooled(NetworkWeights w, float[] x, int stretch, int from, int length) {
    double eps = w.spec().batchNormEpsilon();
    List<Double> out = new ArrayList<>();
    for (NetworkWeights.Branch b : w.branches()) {
      double[][] h = convolved(b, x, stretch, from, length);
      int filters = h.length;
      for (int f = 0; f < filters; f++) {
        for (int p = 0; p < length; p++) {
          h[f][p] = norm(b.norm(), f, h[f][p], eps);
        }
      }
      double[] attention = new double[length];
      if (b.attentionWeight() != null) {
        double max = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < length; p++) {
          double s = b.attentionBias()[0];
          for (int f = 0; f < filters; f++) {
            s += b.attentionWeight()[f] * h[f][p];
          }
          attention[p] = Math.tanh(s);
          max = Math.max(max, attention[p]);
        }
        double sum = 0;
        for (int p = 0; p < length; p++) {
          attention[p] = Math.exp(attention[p] - max);
          sum += attention[p];
        }
        for (int p = 0; p < length; p++) {
          attention[p] /= sum;
        }
      }
      for (int f = 0; f < filters; f++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < length; p++) {
          best = Math.max(best, b.attentionWeight() != null ? h[f][p] * attention[p] : h[f][p]);
        }
        out.add(best);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Dense layer i before its batch norm: ReLU(W z + b). */
  static double[] denseRelu(NetworkWeights.Dense d, double[] z) {
    double[] u = new double[d.out()];
    for (int o = 0; o < d.out(); o++) {
      double a = d.bias()[o];
      for (int i = 0; i < d.in(); i++) {
        a += d.weight()[o * d.in() + i] * z[i];
      }
      u[o] = Math.max(a, 0);
    }
    return u;
  }

  /** Dense layers (ReLU, batch norm) and the output layer. */
  static double[] head(NetworkWeights w, double[] z) {
    double eps = w.spec().batchNormEpsilon();
    for (NetworkWeights.Dense d : w.dense()) {
      double[] u = denseRelu(d, z);
      for (int o = 0; o < u.length; o++) {
        u[o] = norm(d.norm(), o, u[o], eps);
      }
      z = u;
    }
    double[] logits = new double[w.outputs()];
    for (int o = 0; o < logits.length; o++) {
      double a = w.outputBias()[o];
      for (int i = 0; i < z.length; i++) {
        a += w.outputWeight()[o * z.length + i] * z[i];
      }
      logits[o] = a;
    }
    return logits;
  }

  /**
   * Sets every running mean and (unbiased) variance to the inference-mode statistics of the inputs,
   * layer by layer (each layer's input computed with the layers before it recalibrated).
   */
  static void calibrate(NetworkWeights w, List<float[]> inputs, int length) {
    for (NetworkWeights.Branch b : w.branches()) {
      int filters = b.convBias().length;
      double[] sum = new double[filters];
      double[] squares = new double[filters];
      for (float[] x : inputs) {
        double[][] h = convolved(b, x, length);
        for (int f = 0; f < filters; f++) {
          for (int p = 0; p < length; p++) {
            sum[f] += h[f][p];
            squares[f] += h[f][p] * h[f][p];
          }
        }
      }
      set(b.norm(), sum, squares, (long) inputs.size() * length);
    }
    List<double[]> z = new ArrayList<>();
    for (float[] x : inputs) {
      z.add(pooled(w, x, length));
    }
    double eps = w.spec().batchNormEpsilon();
    for (NetworkWeights.Dense d : w.dense()) {
      List<double[]> u = new ArrayList<>();
      double[] sum = new double[d.out()];
      double[] squares = new double[d.out()];
      for (double[] in : z) {
        double[] v = denseRelu(d, in);
        for (int o = 0; o < v.length; o++) {
          sum[o] += v[o];
          squares[o] += v[o] * v[o];
        }
        u.add(v);
      }
      set(d.norm(), sum, squares, inputs.size());
      for (double[] v : u) {
        for (int o = 0; o < v.length; o++) {
          v[o] = norm(d.norm(), o, v[o], eps);
        }
      }
      z = u;
    }
  }

  private static void set(NetworkWeights.Norm n, double[] sum, double[] squares, long count) {
    for (int i = 0; i < sum.length; i++) {
      double mean = sum[i] / count;
      double variance = (squares[i] / count - mean * mean) * count / (count - 1);
      n.runningMean()[i] = (float) mean;
      n.runningVar()[i] = (float) variance;
    }
  }
}
