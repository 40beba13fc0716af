package org.motifworkbench.network;

import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The network's inference (no dropout, batch norm with its running statistics) computed in Java on
 * the CPU, one sequence at a time per worker: its feature maps never leave a worker's cache-sized
 * scratch buffer, so memory does not grow with the batch. Holds a copy of the weights taken when it
 * is made (from a {@link CpuNetwork} that was loaded from the model).
 */
final class CpuInference implements AutoCloseable {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int VL = S.length();

  private final CpuNetwork net;
  private final int length;
  private final int filters;
  private final int padded;
  private final WorkerPool pool;
  private final List<float[]> branchScale = new ArrayList<>();
  private final List<float[]> branchShift = new ArrayList<>();
  private final List<float[]> denseScale = new ArrayList<>();
  private final List<float[]> denseShift = new ArrayList<>();
  private float[] x = new float[0];
  private byte[] code = new byte[0];

  CpuInference(CpuNetwork net, int threads) {
    this.net = net;
    this.length = net.length;
    this.filters = net.spec.filters();
    this.padded = net.paddedFilters();
    this.pool = new WorkerPool(threads);
    double eps = net.spec.batchNormEpsilon();
    for (CpuNetwork.BranchParams b : net.branches) {
      float[] scale = new float[padded];
      float[] shift = new float[padded];
      runningNorm(b.gamma.value, b.beta.value, b.runningMean, b.runningVar, eps, scale, shift);
      branchScale.add(scale);
      branchShift.add(shift);
    }
    for (CpuNetwork.DenseParams d : net.dense) {
      float[] scale = new float[d.out];
      float[] shift = new float[d.out];
      runningNorm(d.gamma.value, d.beta.value, d.runningMean, d.runningVar, eps, scale, shift);
      denseScale.add(scale);
      denseShift.add(shift);
    }
  }

  /** y = x * scale + shift: batch norm with running statistics. */
  private static void runningNorm(float[] gamma, float[] beta, float[] mean, float[] var,
      double eps, float[] scale, float[] shift) {
    for (int i = 0; i < scale.length; i++) {
      float inv = (float) (1 / Math.sqrt(var[i] + eps));
      scale[i] = gamma[i] * inv;
      shift[i] = beta[i] - mean[i] * scale[i];
    }
  }

  /**
   * Logits (n, outputs) of n sequences encoded channels-first (n, 4, L). One caller at a time: the
   * input buffers are reused (a new pair per batch of 250 was 1.6 MB of short-lived arrays too large
   * for the young generation).
   */
  float[] logits(float[] encoded, int n) {
    int l = length;
    if (x.length < n * l * 4) {
      x = new float[n * l * 4];
      code = new byte[n * l];
    }
    float[] x = this.x;
    byte[] code = this.code;
    CpuNetwork.toPositionMajor(encoded, n, l, x, code);
    int outputs = net.outputs;
    float[] logits = new float[n * outputs];
    int pooledWidth = net.spec.pooledFeatures();
    pool.run(n, (worker, from, to) -> {
      float[] map = new float[l * padded];
      float[] score = new float[l];
      float[] best = new float[padded];
      float[] z = new float[pooledWidth];
      for (int s = from; s < to; s++) {
        for (int j = 0; j < net.branches.size(); j++) {
          branch(j, x, code, s, map, score, best);
          System.arraycopy(best, 0, z, j * filters, filters);
        }
        head(z, logits, s * outputs);
      }
    });
    return logits;
  }

  /** Branch j of sequence s: convolution, ReLU, batch norm, attention or max pooling into best. */
  private void branch(int j, float[] x, byte[] code, int s, float[] map, float[] score,
      float[] best) {
    int l = length;
    int f = padded;
    CpuNetwork.BranchParams b = net.branches.get(j);
    CpuNetwork.convolveRelu(b, x, code, s * l, l, f, map, 0);
    float[] scale = branchScale.get(j);
    float[] shift = branchShift.get(j);
    boolean attention = b.attentionWeight != null;
    float[] aw = attention ? b.attentionWeight.value : null;
    for (int p = 0; p < l; p++) {
      FloatVector dot = FloatVector.zero(S);
      for (int f0 = 0; f0 < f; f0 += VL) {
        int o = p * f + f0;
        FloatVector y = FloatVector.fromArray(S, map, o)
            .fma(FloatVector.fromArray(S, scale, f0), FloatVector.fromArray(S, shift, f0));
        y.intoArray(map, o);
        if (attention) {
          dot = y.fma(FloatVector.fromArray(S, aw, f0), dot);
        }
      }
      if (attention) {
        score[p] = (float) Math.tanh(dot.reduceLanes(VectorOperators.ADD)
            + b.attentionBias.value[0]);
      }
    }
    if (attention) {
      CpuNetwork.softmax(score, score, 0, l);
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

  /** Dense layers (ReLU, batch norm) and the output layer for one pooled feature vector. */
  private void head(float[] pooled, float[] logits, int at) {
    float[] z = pooled;
    for (int i = 0; i < net.dense.size(); i++) {
      CpuNetwork.DenseParams d = net.dense.get(i);
      float[] u = d.bias.value.clone();
      for (int k = 0; k < d.in; k++) {
        float v = z[k];
        if (v != 0f) {
          CpuNetwork.axpy(v, d.weightT, k * d.out, u, 0, d.out);
        }
      }
      float[] scale = denseScale.get(i);
      float[] shift = denseShift.get(i);
      for (int k = 0; k < d.out; k++) {
        u[k] = Math.max(u[k], 0f) * scale[k] + shift[k];
      }
      z = u;
    }
    int width = z.length;
    for (int o = 0; o < net.outputs; o++) {
      float acc = net.outBias.value[o];
      for (int k = 0; k < width; k++) {
        acc += z[k] * net.outWeight.value[o * width + k];
      }
      logits[at + o] = acc;
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
