package org.motifworkbench.network.cpu;

import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.motifworkbench.network.NormShift;

/**
 * The network's inference (no dropout, batch norm with its running statistics) computed in Java on
 * the CPU, one sequence at a time per worker: its feature maps never leave a worker's cache-sized
 * scratch buffer, so memory does not grow with the batch. Computes on {@link PackedWeights}; the
 * batch norms are folded into a scale and shift when it is made (and after {@link #calibrate}).
 */
final class CpuInference implements AutoCloseable {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int VL = S.length();

  // package-private: CpuExplanations computes on the same weights, folded norms and buffers
  final PackedWeights net;
  final int length;
  final int filters;
  final int padded;
  final WorkerPool pool;
  final List<float[]> branchScale = new ArrayList<>();
  final List<float[]> branchShift = new ArrayList<>();
  final List<float[]> denseScale = new ArrayList<>();
  final List<float[]> denseShift = new ArrayList<>();
  float[] x = new float[0];
  byte[] code = new byte[0];

  CpuInference(PackedWeights net, int length, int threads) {
    this.net = net;
    this.length = length;
    this.filters = net.spec.filters();
    this.padded = net.paddedFilters;
    this.pool = new WorkerPool(threads);
    for (PackedWeights.Branch b : net.branches) {
      branchScale.add(new float[padded]);
      branchShift.add(new float[padded]);
    }
    for (PackedWeights.Dense d : net.dense) {
      denseScale.add(new float[d.out]);
      denseShift.add(new float[d.out]);
    }
    foldNorms();
  }

  /** Folds every batch norm's running statistics into a scale and shift per channel. */
  private void foldNorms() {
    double eps = net.spec.batchNormEpsilon();
    for (int j = 0; j < net.branches.size(); j++) {
      PackedWeights.Branch b = net.branches.get(j);
      runningNorm(
          b.gamma,
          b.beta,
          b.runningMean,
          b.runningVar,
          eps,
          branchScale.get(j),
          branchShift.get(j));
    }
    for (int i = 0; i < net.dense.size(); i++) {
      PackedWeights.Dense d = net.dense.get(i);
      runningNorm(
          d.gamma, d.beta, d.runningMean, d.runningVar, eps, denseScale.get(i), denseShift.get(i));
    }
  }

  /** y = x * scale + shift: batch norm with running statistics. */
  private static void runningNorm(
      float[] gamma,
      float[] beta,
      float[] mean,
      float[] var,
      double eps,
      float[] scale,
      float[] shift) {
    for (int i = 0; i < scale.length; i++) {
      float inv = (float) (1 / Math.sqrt(var[i] + eps));
      scale[i] = gamma[i] * inv;
      shift[i] = beta[i] - mean[i] * scale[i];
    }
  }

  /**
   * Logits (n, outputs) of n sequences encoded channels-first (n, 4, L). One caller at a time: the
   * input buffers are reused (a new pair per batch of 250 was 1.6 MB of short-lived arrays too
   * large for the young generation).
   */
  float[] logits(float[] encoded, int n) {
    int l = length;
    stage(encoded, n);
    int outputs = net.outputs;
    float[] logits = new float[n * outputs];
    int pooledWidth = net.spec.pooledFeatures();
    pool.run(
        n,
        (worker, from, to) -> {
          float[] map = new float[l * padded];
          float[] score = new float[l];
          float[] best = new float[padded];
          float[] z = new float[pooledWidth];
          for (int s = from; s < to; s++) {
            poolBranches(s, map, score, best, z, 0);
            head(z, logits, s * outputs);
          }
        });
    return logits;
  }

  /**
   * Each branch's convolution and ReLU for n encoded sequences (n, 4, L), one array per branch laid
   * out [sequence][filter][position] (what filter motifs are built from).
   */
  List<float[]> filterActivations(float[] encoded, int n) {
    stage(encoded, n);
    List<float[]> out = new ArrayList<>();
    for (int j = 0; j < net.branches.size(); j++) {
      out.add(new float[n * filters * length]);
    }
    pool.run(
        n,
        (worker, from, to) -> {
          float[] map = new float[length * padded];
          for (int s = from; s < to; s++) {
            for (int j = 0; j < out.size(); j++) {
              Kernels.convolveRelu(
                  net.branches.get(j), x, code, s * length, length, padded, map, 0);
              float[] o = out.get(j);
              int at = s * filters * length;
              for (int p = 0; p < length; p++) {
                for (int f = 0; f < filters; f++) {
                  o[at + f * length + p] = map[p * padded + f];
                }
              }
            }
          }
        });
    return out;
  }

  /** Copies n encoded sequences into the position-major input buffers. */
  void stage(float[] encoded, int n) {
    if (x.length < n * length * 4) {
      x = new float[n * length * 4];
      code = new byte[n * length];
    }
    Kernels.toPositionMajor(encoded, n, length, x, code);
  }

  /**
   * Sets every batch norm's running statistics to the exact inference-mode statistics of n encoded
   * sequences (n, 4, L), layer by layer ("precise batch norm"): each layer's input computed with no
   * dropout and with the layers before it already recalibrated, the mean and the unbiased variance
   * over sequences (and positions, for the branches). Returns how far the old statistics were off.
   *
   * <p>Why: prediction normalises with running statistics, a momentum-weighted average over
   * training steps that starts from mean 0 and variance 1. With a few hundred sequences there are
   * only a handful of steps per epoch (six for 384 at batch 64), while the first dense layer's
   * input varies very little between sequences (each pooled feature is a filter's largest output
   * times a softmax weight spread over hundreds of positions): its actual variance was 4e-8 to
   * 7e-6, its running variance still 0.9^steps of the initial 1 (0.15 after 3 epochs, 0.0064 after
   * 8), so prediction shrank its output 20- to 120-fold and every sequence got the same
   * probability: the default network scored its own training data at chance for 7-12 epochs (issue
   * 22; PyTorch shows the same with the same network). Dropout before the pooling adds a smaller
   * lasting gap (training-mode variance 1.1-1.4 times the inference-mode one). Statistics computed
   * here, in inference mode, close both.
   */
  List<NormShift> calibrate(float[] encoded, int n) {
    if (n < 2) {
      throw new IllegalArgumentException("batch-norm statistics need at least 2 sequences");
    }
    stage(encoded, n);
    List<NormShift> shifts = new ArrayList<>();
    calibrateBranches(n, shifts);
    foldNorms();
    int width = net.spec.pooledFeatures();
    float[] pooled = new float[n * width];
    pool.run(
        n,
        (worker, from, to) -> {
          float[] map = new float[length * padded];
          float[] score = new float[length];
          float[] best = new float[padded];
          for (int s = from; s < to; s++) {
            poolBranches(s, map, score, best, pooled, s * width);
          }
        });
    float[] z = pooled;
    for (int i = 0; i < net.dense.size(); i++) {
      PackedWeights.Dense d = net.dense.get(i);
      float[] u = new float[n * d.out];
      float[] in = z;
      pool.run(
          n,
          (worker, from, to) -> {
            for (int s = from; s < to; s++) {
              denseRelu(d, in, s * d.in, u, s * d.out);
            }
          });
      double[] sum = new double[d.out];
      double[] squares = new double[d.out];
      for (int s = 0; s < n; s++) {
        for (int k = 0; k < d.out; k++) {
          double v = u[s * d.out + k];
          sum[k] += v;
          squares[k] += v * v;
        }
      }
      shifts.add(replace("dense" + i, d.runningMean, d.runningVar, sum, squares, n, d.out));
      foldNorms();
      for (int s = 0; s < n; s++) {
        denseNorm(i, u, s * d.out);
      }
      z = u;
    }
    return shifts;
  }

  /** Each branch's convolution + ReLU statistics over every sequence and position. */
  private void calibrateBranches(int n, List<NormShift> shifts) {
    int branches = net.branches.size();
    int workers = pool.size();
    double[][][] sums = new double[workers][branches][padded];
    double[][][] squares = new double[workers][branches][padded];
    pool.run(
        n,
        (worker, from, to) -> {
          float[] map = new float[length * padded];
          for (int s = from; s < to; s++) {
            for (int j = 0; j < branches; j++) {
              Kernels.convolveRelu(
                  net.branches.get(j), x, code, s * length, length, padded, map, 0);
              double[] sum = sums[worker][j];
              double[] square = squares[worker][j];
              for (int p = 0; p < length; p++) {
                for (int f = 0; f < filters; f++) {
                  double v = map[p * padded + f];
                  sum[f] += v;
                  square[f] += v * v;
                }
              }
            }
          }
        });
    for (int j = 0; j < branches; j++) {
      double[] sum = new double[filters];
      double[] square = new double[filters];
      for (int w = 0; w < workers; w++) {
        for (int f = 0; f < filters; f++) {
          sum[f] += sums[w][j][f];
          square[f] += squares[w][j][f];
        }
      }
      PackedWeights.Branch b = net.branches.get(j);
      shifts.add(
          replace(
              "conv" + b.kernel,
              b.runningMean,
              b.runningVar,
              sum,
              square,
              (long) n * length,
              filters));
    }
  }

  /**
   * Replaces running statistics by the exact ones from sums over count values per channel, and says
   * how far the old ones were: mean shift in standard deviations, variance ratio.
   */
  private NormShift replace(
      String layer,
      float[] runningMean,
      float[] runningVar,
      double[] sum,
      double[] squares,
      long count,
      int channels) {
    double eps = net.spec.batchNormEpsilon();
    double[] meanShift = new double[channels];
    double[] varianceRatio = new double[channels];
    for (int c = 0; c < channels; c++) {
      double mean = sum[c] / count;
      double variance = Math.max(0, squares[c] / count - mean * mean) * count / (count - 1);
      meanShift[c] = Math.abs(runningMean[c] - mean) / Math.sqrt(variance + eps);
      varianceRatio[c] = (runningVar[c] + eps) / (variance + eps);
      runningMean[c] = (float) mean;
      runningVar[c] = (float) variance;
    }
    return NormShift.of(layer, meanShift, varianceRatio);
  }

  /** Branch j of sequence s: convolution, ReLU, batch norm, attention or max pooling into best. */
  private void branch(
      int j, float[] x, byte[] code, int s, float[] map, float[] score, float[] best) {
    int l = length;
    int f = padded;
    PackedWeights.Branch b = net.branches.get(j);
    Kernels.convolveRelu(b, x, code, s * l, l, f, map, 0);
    float[] scale = branchScale.get(j);
    float[] shift = branchShift.get(j);
    boolean attention = b.attentionWeight != null;
    float[] aw = attention ? b.attentionWeight : null;
    for (int p = 0; p < l; p++) {
      FloatVector dot = FloatVector.zero(S);
      for (int f0 = 0; f0 < f; f0 += VL) {
        int o = p * f + f0;
        FloatVector y =
            FloatVector.fromArray(S, map, o)
                .fma(FloatVector.fromArray(S, scale, f0), FloatVector.fromArray(S, shift, f0));
        y.intoArray(map, o);
        if (attention) {
          dot = y.fma(FloatVector.fromArray(S, aw, f0), dot);
        }
      }
      if (attention) {
        score[p] = (float) Math.tanh(dot.reduceLanes(VectorOperators.ADD) + b.attentionBias[0]);
      }
    }
    if (attention) {
      Kernels.softmax(score, score, 0, l);
    }
    for (int f0 = 0; f0 < f; f0 += VL) {
      FloatVector bestV = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
      for (int p = 0; p < l; p++) {
        FloatVector v = FloatVector.fromArray(S, map, p * f + f0);
        bestV = bestV.max(attention ? v.mul(score[p]) : v);
      }
      bestV.intoArray(best, f0);
    }
  }

  /** Every branch of sequence s pooled into {@code z} from {@code at}, branch after branch. */
  private void poolBranches(int s, float[] map, float[] score, float[] best, float[] z, int at) {
    for (int j = 0; j < net.branches.size(); j++) {
      branch(j, x, code, s, map, score, best);
      System.arraycopy(best, 0, z, at + j * filters, filters);
    }
  }

  /** One dense layer before its batch norm: u[uAt...] = ReLU(W in[inAt...] + b). */
  static void denseRelu(PackedWeights.Dense d, float[] in, int inAt, float[] u, int uAt) {
    System.arraycopy(d.bias, 0, u, uAt, d.out);
    for (int k = 0; k < d.in; k++) {
      float v = in[inAt + k];
      if (v != 0f) {
        Kernels.axpy(v, d.weightT, k * d.out, u, uAt, d.out);
      }
    }
    for (int k = 0; k < d.out; k++) {
      u[uAt + k] = Math.max(u[uAt + k], 0f);
    }
  }

  /** Dense layer i's batch norm with its running statistics, in place from {@code at}. */
  void denseNorm(int i, float[] u, int at) {
    float[] scale = denseScale.get(i);
    float[] shift = denseShift.get(i);
    for (int k = 0; k < scale.length; k++) {
      u[at + k] = u[at + k] * scale[k] + shift[k];
    }
  }

  /** Dense layers (ReLU, batch norm) and the output layer for one pooled feature vector. */
  void head(float[] pooled, float[] logits, int at) {
    float[] z = pooled;
    for (int i = 0; i < net.dense.size(); i++) {
      PackedWeights.Dense d = net.dense.get(i);
      float[] u = new float[d.out];
      denseRelu(d, z, 0, u, 0);
      denseNorm(i, u, 0);
      z = u;
    }
    int width = z.length;
    for (int o = 0; o < net.outputs; o++) {
      float acc = net.outBias[o];
      for (int k = 0; k < width; k++) {
        acc += z[k] * net.outWeight[o * width + k];
      }
      logits[at + o] = acc;
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
