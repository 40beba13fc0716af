package org.motifworkbench.network.cpu;

import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.motifworkbench.network.DropoutMask;
import org.motifworkbench.network.NetworkSpec;

/**
 * The {@link MultiScaleAttentionNet}'s training step (forward, backward and Adam) computed in plain
 * Java on the CPU, on float arrays, across a few threads.
 *
 * <p>Why: every layer of this network is cheap (4 input channels, one convolution per branch) but
 * the engine runs each as separate passes over (N, 64, L) maps with an autograd graph between them:
 * most of a step was memory traffic and per-operation overhead, not arithmetic. Here each
 * sequence's maps are processed while they are in cache, the first-layer convolution only visits
 * the bases actually present (a one-hot input has one non-zero channel per position, so a quarter
 * of the multiply-adds), and the backward pass is written out by hand.
 *
 * <p>Same mathematics as the engine's layers (checked against them by BackendEquivalenceTest; the
 * gradients with dropout against finite differences by CpuNetworkTest): a centred convolution
 * (output position i reads input i - k/2 ... i - k/2 + k - 1), ReLU, batch norm with batch
 * statistics (biased variance to normalise, unbiased for the running variance, running statistics
 * weighted by the momentum as in DJL), inverted dropout, attention pooling (a tanh score per
 * position, softmax over positions, max over positions of features x attention) or max pooling,
 * dense layers with ReLU, batch norm and dropout, a sigmoid or softmax cross-entropy with class
 * weights, and DJL's Adam (bias correction folded into the learning rate). Dropout masks are the
 * ones {@link DropoutMask} defines for every back end (a hash of layer seed and logical element
 * index), so they do not depend on threads or vector width, and the backward pass recomputes them.
 *
 * <p>Layouts: feature maps are channels-last, index ((n * L) + p) * F + f, with F the filters
 * rounded up to whole vectors (the extra channels stay zero); convolution weights are kept as
 * [k][c][f]; dense weights as DJL's [out][in] plus a transposed copy refreshed after each update.
 * Arithmetic uses the JDK's Vector API (jdk.incubator.vector): plain loops over these arrays were
 * not vectorised by the JIT (it cannot prove two offsets into float arrays apart) and ran 2-4 times
 * slower.
 */
final class CpuNetwork implements AutoCloseable {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int VL = S.length();
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float ADAM_EPS = 1e-8f;

  private final PackedWeights weights;
  final NetworkSpec spec;
  final int outputs;
  final int length;
  final int maxBatch;
  private final int filters;

  /** Filters rounded up to whole vectors; the extra channels stay zero throughout. */
  private final int paddedFilters;

  private final int pooledWidth;
  private final WorkerPool pool;

  final List<BranchParams> branches = new ArrayList<>();
  final List<DenseParams> dense = new ArrayList<>();
  final Tensor outWeight;
  final Tensor outBias;
  private final List<Tensor> trainable = new ArrayList<>();
  private int updates;

  // per-step buffers
  private final float[] x;

  /** Per position: the base's channel (0-3) when the input is exactly one-hot there, else 4. */
  private final byte[] code;

  private final float[] pooled;
  private final float[] dPooled;
  private final float[] logits;
  private final float[] dLogits;
  private final List<BranchState> branchStates = new ArrayList<>();
  private final List<DenseState> denseStates = new ArrayList<>();

  /** A trainable array (shared with the packed weights) with its gradient and Adam moments. */
  static final class Tensor {
    final float[] value;
    final float[] grad;
    final float[] mean;
    final float[] variance;

    Tensor(float[] value) {
      this.value = value;
      grad = new float[value.length];
      mean = new float[value.length];
      variance = new float[value.length];
    }
  }

  /** One branch's parameters: convolution [k][c][f], batch norm, attention score. */
  static final class BranchParams {
    final PackedWeights.Branch packed;
    final int kernel;
    final int pad;
    final Tensor convWeight;
    final Tensor convBias;
    final Tensor gamma;
    final Tensor beta;
    final float[] runningMean;
    final float[] runningVar;
    final Tensor attentionWeight;
    final Tensor attentionBias;

    BranchParams(PackedWeights.Branch p) {
      this.packed = p;
      this.kernel = p.kernel;
      this.pad = p.pad;
      convWeight = new Tensor(p.convWeight);
      convBias = new Tensor(p.convBias);
      gamma = new Tensor(p.gamma);
      beta = new Tensor(p.beta);
      runningMean = p.runningMean;
      runningVar = p.runningVar;
      attentionWeight = p.attentionWeight != null ? new Tensor(p.attentionWeight) : null;
      attentionBias = p.attentionBias != null ? new Tensor(p.attentionBias) : null;
    }
  }

  /** One hidden dense layer: weight [out][in], bias, batch norm. */
  static final class DenseParams {
    final PackedWeights.Dense packed;
    final int in;
    final int out;
    final double dropout;
    final Tensor weight;
    final float[] weightT;
    final Tensor bias;
    final Tensor gamma;
    final Tensor beta;
    final float[] runningMean;
    final float[] runningVar;

    DenseParams(PackedWeights.Dense p, double dropout) {
      this.packed = p;
      this.in = p.in;
      this.out = p.out;
      this.dropout = dropout;
      weight = new Tensor(p.weight);
      weightT = p.weightT;
      bias = new Tensor(p.bias);
      gamma = new Tensor(p.gamma);
      beta = new Tensor(p.beta);
      runningMean = p.runningMean;
      runningVar = p.runningVar;
    }
  }

  private static final class BranchState {
    final float[] relu;
    final float[] out;

    /** Dropout on: the mask is recomputed from (seed, element index) in the backward pass. */
    final boolean dropout;

    int maskSeed;
    int threshold;
    float keep;
    final float[] score;
    final float[] attention;
    final int[] argmax;
    float[] invStd;
    float[] batchMean;

    BranchState(int n, int length, int filters, boolean dropout, boolean attention) {
      relu = new float[n * length * filters];
      out = new float[n * length * filters];
      this.dropout = dropout;
      score = attention ? new float[n * length] : null;
      this.attention = attention ? new float[n * length] : null;
      argmax = new int[n * filters];
    }
  }

  private static final class DenseState {
    final float[] input;
    final float[] relu;
    final float[] xhat;
    final float[] mask;
    final float[] invStd;

    DenseState(int n, int in, int out, boolean dropout) {
      input = new float[n * in];
      relu = new float[n * out];
      xhat = new float[n * out];
      mask = dropout ? new float[n * out] : null;
      invStd = new float[out];
    }
  }

  /**
   * A training network for sequences of {@code length} in batches of 2 ... {@code maxBatch}, on
   * {@code threads} workers, computing on {@code weights} in place (its arrays are the parameters).
   */
  CpuNetwork(PackedWeights weights, int length, int maxBatch, int threads) {
    this.weights = weights;
    this.spec = weights.spec;
    this.outputs = weights.outputs;
    this.length = length;
    this.maxBatch = maxBatch;
    this.filters = spec.filters();
    this.paddedFilters = weights.paddedFilters;
    this.pooledWidth = spec.pooledFeatures();
    this.pool = new WorkerPool(threads);
    for (PackedWeights.Branch p : weights.branches) {
      BranchParams b = new BranchParams(p);
      branches.add(b);
      trainable.add(b.convWeight);
      trainable.add(b.convBias);
      trainable.add(b.gamma);
      trainable.add(b.beta);
      if (b.attentionWeight != null) {
        trainable.add(b.attentionWeight);
        trainable.add(b.attentionBias);
      }
      branchStates.add(
          new BranchState(
              maxBatch, length, paddedFilters, spec.convDropout() > 0, spec.attention()));
    }
    int width = pooledWidth;
    for (int i = 0; i < weights.dense.size(); i++) {
      PackedWeights.Dense p = weights.dense.get(i);
      double rate = spec.denseDropouts().get(i);
      DenseParams d = new DenseParams(p, rate);
      dense.add(d);
      trainable.add(d.weight);
      trainable.add(d.bias);
      trainable.add(d.gamma);
      trainable.add(d.beta);
      denseStates.add(new DenseState(maxBatch, width, p.out, rate > 0));
      width = p.out;
    }
    outWeight = new Tensor(weights.outWeight);
    outBias = new Tensor(weights.outBias);
    trainable.add(outWeight);
    trainable.add(outBias);
    x = new float[maxBatch * length * 4];
    code = new byte[maxBatch * length];
    pooled = new float[maxBatch * pooledWidth];
    dPooled = new float[maxBatch * pooledWidth];
    logits = new float[maxBatch * outputs];
    dLogits = new float[maxBatch * outputs];
  }

  /** Refreshes the derived arrays (dense transposes) after the weights changed. */
  void weightsChanged() {
    weights.weightsChanged();
  }

  /** The parameters this network trains, in the kernels' layout. */
  PackedWeights weights() {
    return weights;
  }

  /**
   * One training step on {@code n} sequences encoded channels-first, (n, 4, L) as the encoder
   * writes them. Returns the batch's weighted mean loss; {@link #logits} holds the logits
   * afterwards.
   */
  double step(
      float[] encoded,
      int n,
      int[] labels,
      float[] classWeights,
      float learningRate,
      long dropoutSeed) {
    double loss = gradients(encoded, n, labels, classWeights, dropoutSeed);
    adam(learningRate);
    return loss;
  }

  /**
   * Forward and backward pass of a training step without the update: returns the batch's loss and
   * adds its gradients to every parameter's {@code grad} (zeroed by each update). Moves the
   * batch-norm running statistics, as any training-mode forward pass does.
   */
  double gradients(float[] encoded, int n, int[] labels, float[] classWeights, long dropoutSeed) {
    if (n > maxBatch || n < 2) {
      throw new IllegalArgumentException("batch of " + n + " for at most " + maxBatch);
    }
    toPositionMajor(encoded, n);
    for (int j = 0; j < branches.size(); j++) {
      branchForward(j, n, DropoutMask.layerSeed(dropoutSeed, j));
    }
    float[] z = pooled;
    int width = pooledWidth;
    for (int i = 0; i < dense.size(); i++) {
      z = denseForward(i, z, n, DropoutMask.layerSeed(dropoutSeed, branches.size() + i));
      width = dense.get(i).out;
    }
    float[] last = z;
    int lastWidth = width;
    for (int s = 0; s < n; s++) {
      for (int o = 0; o < outputs; o++) {
        float acc = outBias.value[o];
        int wo = o * lastWidth;
        int zo = s * lastWidth;
        for (int i = 0; i < lastWidth; i++) {
          acc += last[zo + i] * outWeight.value[wo + i];
        }
        logits[s * outputs + o] = acc;
      }
    }
    double loss = lossAndGradient(n, labels, classWeights);
    // backward: output layer
    float[] dz = new float[n * lastWidth];
    for (int s = 0; s < n; s++) {
      for (int o = 0; o < outputs; o++) {
        float g = dLogits[s * outputs + o];
        outBias.grad[o] += g;
        Kernels.axpy(g, last, s * lastWidth, outWeight.grad, o * lastWidth, lastWidth);
        Kernels.axpy(g, outWeight.value, o * lastWidth, dz, s * lastWidth, lastWidth);
      }
    }
    for (int i = dense.size() - 1; i >= 0; i--) {
      dz = denseBackward(i, dz, n);
    }
    System.arraycopy(dz, 0, dPooled, 0, n * pooledWidth);
    for (int j = 0; j < branches.size(); j++) {
      branchBackward(j, n);
    }
    return loss;
  }

  /** Every trainable array, in a fixed order (for tests). */
  List<Tensor> trainable() {
    return trainable;
  }

  /** Channels per position in the branches' arrays: the filters rounded up to whole vectors. */
  int paddedFilters() {
    return paddedFilters;
  }

  /** The logits of the last step, (n, outputs). */
  float[] logits() {
    return logits;
  }

  // ---------------------------------------------------------------------------------------------
  // input

  private void toPositionMajor(float[] encoded, int n) {
    Kernels.toPositionMajor(encoded, n, length, x, code);
  }

  // ---------------------------------------------------------------------------------------------
  // branches

  private void branchForward(int j, int n, int maskSeed) {
    BranchParams b = branches.get(j);
    BranchState st = branchStates.get(j);
    int f = paddedFilters;
    int l = length;
    int t = pool.size();
    double[][] sums = new double[t][f];
    double[][] squares = new double[t][f];
    // phase 1: convolution + ReLU, per-channel sums
    pool.run(
        n,
        (worker, from, to) -> {
          double[] sum = sums[worker];
          double[] sq = squares[worker];
          float[] rowSum = new float[f];
          float[] rowSq = new float[f];
          for (int s = from; s < to; s++) {
            int first = s * l;
            Kernels.convolveRelu(b.packed, x, code, first, l, f, st.relu, first);
            for (int f0 = 0; f0 < f; f0 += VL) {
              FloatVector sumV = FloatVector.zero(S);
              FloatVector sqV = FloatVector.zero(S);
              for (int p = 0; p < l; p++) {
                FloatVector r = FloatVector.fromArray(S, st.relu, (first + p) * f + f0);
                sumV = sumV.add(r);
                sqV = r.fma(r, sqV);
              }
              sumV.intoArray(rowSum, f0);
              sqV.intoArray(rowSq, f0);
            }
            accumulate(sum, rowSum);
            accumulate(sq, rowSq);
          }
        });
    int count = n * l;
    float[] scale = new float[f];
    float[] shift = new float[f];
    float[] invStd = new float[f];
    float[] mean = new float[f];
    batchStatistics(
        sums,
        squares,
        count,
        b.gamma.value,
        b.beta.value,
        b.runningMean,
        b.runningVar,
        mean,
        invStd,
        scale,
        shift);
    st.invStd = invStd;
    st.batchMean = mean;
    double rate = spec.convDropout();
    float keep = DropoutMask.keep(rate);
    int threshold = DropoutMask.threshold(rate);
    st.maskSeed = maskSeed;
    st.threshold = threshold;
    st.keep = keep;
    boolean attention = b.attentionWeight != null;
    // phase 2: batch norm, dropout, attention, pooling
    pool.run(
        n,
        (worker, from, to) -> {
          float[] best = new float[f];
          float[] aw = attention ? b.attentionWeight.value : null;
          float ab = attention ? b.attentionBias.value[0] : 0f;
          for (int s = from; s < to; s++) {
            int first = s * l;
            for (int p = 0; p < l; p++) {
              int o = (first + p) * f;
              FloatVector dot = FloatVector.zero(S);
              for (int f0 = 0; f0 < f; f0 += VL) {
                FloatVector y =
                    FloatVector.fromArray(S, st.relu, o + f0)
                        .fma(
                            FloatVector.fromArray(S, scale, f0),
                            FloatVector.fromArray(S, shift, f0));
                if (st.dropout) {
                  y =
                      y.mul(
                          Kernels.maskVector(
                              st.maskSeed, (first + p) * filters + f0, threshold, keep));
                }
                y.intoArray(st.out, o + f0);
                if (attention) {
                  dot = y.fma(FloatVector.fromArray(S, aw, f0), dot);
                }
              }
              if (attention) {
                st.score[first + p] = (float) Math.tanh(dot.reduceLanes(VectorOperators.ADD) + ab);
              }
            }
            if (attention) {
              Kernels.softmax(st.score, st.attention, first, l);
            }
            // max over positions (of features x attention), remembering where
            int arg = s * f;
            for (int f0 = 0; f0 < f; f0 += VL) {
              FloatVector bestV = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
              for (int p = 0; p < l; p++) {
                FloatVector v = FloatVector.fromArray(S, st.out, (first + p) * f + f0);
                if (attention) {
                  v = v.mul(st.attention[first + p]);
                }
                VectorMask<Float> better = v.compare(VectorOperators.GT, bestV);
                if (better.anyTrue()) {
                  bestV = bestV.max(v);
                  for (int i = 0; i < VL; i++) {
                    if (better.laneIsSet(i)) {
                      st.argmax[arg + f0 + i] = p;
                    }
                  }
                }
              }
              bestV.intoArray(best, f0);
            }
            System.arraycopy(best, 0, pooled, s * pooledWidth + j * filters, filters);
          }
        });
  }

  private void branchBackward(int j, int n) {
    BranchParams b = branches.get(j);
    BranchState st = branchStates.get(j);
    int f = paddedFilters;
    int l = length;
    int t = pool.size();
    boolean attention = b.attentionWeight != null;
    double[][] sumDy = new double[t][f];
    double[][] sumDyXhat = new double[t][f];
    double[][] attentionWeightGrad = new double[t][attention ? f : 0];
    double[] attentionBiasGrad = new double[t];
    float[] mean = st.batchMean;
    float[] invStd = st.invStd;
    // phase 1: pooling and attention backward, dropout backward; out[] becomes dy
    pool.run(
        n,
        (worker, from, to) -> {
          float[] dAtt = new float[l];
          float[] de = new float[l];
          float[] rowA = new float[f];
          float[] rowB = new float[f];
          double[] daw = attentionWeightGrad[worker];
          double[] sdy = sumDy[worker];
          double[] sdyx = sumDyXhat[worker];
          float[] aw = attention ? b.attentionWeight.value : null;
          for (int s = from; s < to; s++) {
            int first = s * l;
            int arg = s * f;
            int g0 = s * pooledWidth + j * filters;
            if (attention) {
              java.util.Arrays.fill(dAtt, 0f);
              for (int i = 0; i < filters; i++) {
                int p = st.argmax[arg + i];
                dAtt[p] += dPooled[g0 + i] * st.out[(first + p) * f + i];
              }
              float dot = 0;
              for (int p = 0; p < l; p++) {
                dot += st.attention[first + p] * dAtt[p];
              }
              double dab = 0;
              for (int p = 0; p < l; p++) {
                float a = st.attention[first + p];
                float sc = st.score[first + p];
                de[p] = a * (dAtt[p] - dot) * (1 - sc * sc);
                dab += de[p];
              }
              attentionBiasGrad[worker] += dab;
              for (int f0 = 0; f0 < f; f0 += VL) {
                FloatVector awV = FloatVector.fromArray(S, aw, f0);
                FloatVector dawV = FloatVector.zero(S);
                for (int p = 0; p < l; p++) {
                  int o = (first + p) * f + f0;
                  FloatVector e = FloatVector.broadcast(S, de[p]);
                  dawV = FloatVector.fromArray(S, st.out, o).fma(e, dawV);
                  awV.mul(e).intoArray(st.out, o);
                }
                dawV.intoArray(rowA, f0);
              }
              accumulate(daw, rowA);
              for (int i = 0; i < filters; i++) {
                int p = st.argmax[arg + i];
                st.out[(first + p) * f + i] += dPooled[g0 + i] * st.attention[first + p];
              }
            } else {
              java.util.Arrays.fill(st.out, first * f, (first + l) * f, 0f);
              for (int i = 0; i < filters; i++) {
                int p = st.argmax[arg + i];
                st.out[(first + p) * f + i] = dPooled[g0 + i];
              }
            }
            for (int f0 = 0; f0 < f; f0 += VL) {
              FloatVector meanV = FloatVector.fromArray(S, mean, f0);
              FloatVector invV = FloatVector.fromArray(S, invStd, f0);
              FloatVector sdyV = FloatVector.zero(S);
              FloatVector sdyxV = FloatVector.zero(S);
              for (int p = 0; p < l; p++) {
                int o = (first + p) * f + f0;
                FloatVector dy = FloatVector.fromArray(S, st.out, o);
                if (st.dropout) {
                  dy =
                      dy.mul(
                          Kernels.maskVector(
                              st.maskSeed, (first + p) * filters + f0, st.threshold, st.keep));
                  dy.intoArray(st.out, o);
                }
                FloatVector xhat = FloatVector.fromArray(S, st.relu, o).sub(meanV).mul(invV);
                sdyV = sdyV.add(dy);
                sdyxV = dy.fma(xhat, sdyxV);
              }
              sdyV.intoArray(rowA, f0);
              sdyxV.intoArray(rowB, f0);
            }
            accumulate(sdy, rowA);
            accumulate(sdyx, rowB);
          }
        });
    double[] dGamma = reduce(sumDyXhat);
    double[] dBeta = reduce(sumDy);
    for (int i = 0; i < f; i++) {
      b.gamma.grad[i] += (float) dGamma[i];
      b.beta.grad[i] += (float) dBeta[i];
    }
    if (attention) {
      double[] daw = reduce(attentionWeightGrad);
      double dab = 0;
      for (int w = 0; w < t; w++) {
        dab += attentionBiasGrad[w];
      }
      for (int i = 0; i < f; i++) {
        b.attentionWeight.grad[i] += (float) daw[i];
      }
      b.attentionBias.grad[0] += (float) dab;
    }
    // da = relu > 0 ? coefDy * dy + coefR * relu + constant : 0 (batch norm backward, expanded)
    int count = n * l;
    float[] coefDy = new float[f];
    float[] coefR = new float[f];
    float[] constant = new float[f];
    for (int i = 0; i < f; i++) {
      double meanDy = dBeta[i] / count;
      double meanDyXhat = dGamma[i] / count;
      double coef = (double) b.gamma.value[i] * invStd[i];
      coefDy[i] = (float) coef;
      coefR[i] = (float) (-coef * meanDyXhat * invStd[i]);
      constant[i] = (float) (coef * (meanDyXhat * invStd[i] * mean[i] - meanDy));
    }
    int wSize = b.convWeight.value.length;
    float[][] weightGrads = new float[t][wSize];
    float[][] biasGrads = new float[t][f];
    // phase 2: batch-norm and ReLU backward, convolution weight gradients
    pool.run(
        n,
        (worker, from, to) -> {
          float[] dw = weightGrads[worker];
          float[] db = biasGrads[worker];
          float[] da = new float[l * f];
          for (int s = from; s < to; s++) {
            int first = s * l;
            for (int f0 = 0; f0 < f; f0 += VL) {
              FloatVector cDy = FloatVector.fromArray(S, coefDy, f0);
              FloatVector cR = FloatVector.fromArray(S, coefR, f0);
              FloatVector cst = FloatVector.fromArray(S, constant, f0);
              FloatVector dbV = FloatVector.zero(S);
              for (int p = 0; p < l; p++) {
                int o = (first + p) * f + f0;
                FloatVector r = FloatVector.fromArray(S, st.relu, o);
                FloatVector g = FloatVector.fromArray(S, st.out, o).fma(cDy, r.fma(cR, cst));
                FloatVector d = g.blend(0f, r.compare(VectorOperators.LE, 0f));
                dbV = dbV.add(d);
                d.intoArray(da, p * f + f0);
              }
              FloatVector.fromArray(S, db, f0).add(dbV).intoArray(db, f0);
            }
            // dW[k][c] += sum over p of x[p + k - pad][c] * da[p]: four accumulators in registers
            for (int k = 0; k < b.kernel; k++) {
              int pFrom = Math.max(0, b.pad - k);
              int pTo = Math.min(l, l + b.pad - k);
              int xq = (first + k - b.pad) * 4;
              for (int f0 = 0; f0 < f; f0 += VL) {
                FloatVector a0 = FloatVector.zero(S);
                FloatVector a1 = FloatVector.zero(S);
                FloatVector a2 = FloatVector.zero(S);
                FloatVector a3 = FloatVector.zero(S);
                for (int p = pFrom; p < pTo; p++) {
                  FloatVector d = FloatVector.fromArray(S, da, p * f + f0);
                  int xi = xq + p * 4;
                  a0 = d.fma(FloatVector.broadcast(S, x[xi]), a0);
                  a1 = d.fma(FloatVector.broadcast(S, x[xi + 1]), a1);
                  a2 = d.fma(FloatVector.broadcast(S, x[xi + 2]), a2);
                  a3 = d.fma(FloatVector.broadcast(S, x[xi + 3]), a3);
                }
                int wo = (k << 2) * f + f0;
                FloatVector.fromArray(S, dw, wo).add(a0).intoArray(dw, wo);
                FloatVector.fromArray(S, dw, wo + f).add(a1).intoArray(dw, wo + f);
                FloatVector.fromArray(S, dw, wo + 2 * f).add(a2).intoArray(dw, wo + 2 * f);
                FloatVector.fromArray(S, dw, wo + 3 * f).add(a3).intoArray(dw, wo + 3 * f);
              }
            }
          }
        });
    for (int w = 0; w < t; w++) {
      float[] dw = weightGrads[w];
      for (int i = 0; i < wSize; i++) {
        b.convWeight.grad[i] += dw[i];
      }
      for (int i = 0; i < f; i++) {
        b.convBias.grad[i] += biasGrads[w][i];
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // dense layers

  private float[] denseForward(int index, float[] z, int n, int maskSeed) {
    DenseParams d = dense.get(index);
    DenseState st = denseStates.get(index);
    int in = d.in;
    int out = d.out;
    System.arraycopy(z, 0, st.input, 0, n * in);
    pool.run(
        n,
        (worker, from, to) -> {
          for (int s = from; s < to; s++) {
            int o = s * out;
            System.arraycopy(d.bias.value, 0, st.relu, o, out);
            for (int i = 0; i < in; i++) {
              float v = st.input[s * in + i];
              if (v != 0f) {
                Kernels.axpy(v, d.weightT, i * out, st.relu, o, out);
              }
            }
            for (int u = 0; u < out; u++) {
              if (st.relu[o + u] < 0) {
                st.relu[o + u] = 0f;
              }
            }
          }
        });
    double[] sum = new double[out];
    double[] sq = new double[out];
    for (int s = 0; s < n; s++) {
      for (int u = 0; u < out; u++) {
        float v = st.relu[s * out + u];
        sum[u] += v;
        sq[u] += v * v;
      }
    }
    float[] mean = new float[out];
    float[] scale = new float[out];
    float[] shift = new float[out];
    batchStatistics(
        new double[][] {sum},
        new double[][] {sq},
        n,
        d.gamma.value,
        d.beta.value,
        d.runningMean,
        d.runningVar,
        mean,
        st.invStd,
        scale,
        shift);
    float[] result = new float[n * out];
    float keep = DropoutMask.keep(d.dropout);
    int threshold = DropoutMask.threshold(d.dropout);
    for (int s = 0; s < n; s++) {
      int o = s * out;
      if (st.mask != null) {
        for (int u = 0; u < out; u++) {
          st.mask[o + u] = DropoutMask.value(maskSeed, o + u, threshold, keep);
        }
      }
      for (int u = 0; u < out; u++) {
        float xhat = (st.relu[o + u] - mean[u]) * st.invStd[u];
        st.xhat[o + u] = xhat;
        float y = xhat * d.gamma.value[u] + d.beta.value[u];
        result[o + u] = st.mask != null ? y * st.mask[o + u] : y;
      }
    }
    return result;
  }

  private float[] denseBackward(int index, float[] dz, int n) {
    DenseParams d = dense.get(index);
    DenseState st = denseStates.get(index);
    int in = d.in;
    int out = d.out;
    if (st.mask != null) {
      for (int i = 0; i < n * out; i++) {
        dz[i] *= st.mask[i];
      }
    }
    double[] sdy = new double[out];
    double[] sdyx = new double[out];
    for (int s = 0; s < n; s++) {
      for (int u = 0; u < out; u++) {
        float dy = dz[s * out + u];
        sdy[u] += dy;
        sdyx[u] += dy * st.xhat[s * out + u];
      }
    }
    float[] du = new float[n * out];
    for (int u = 0; u < out; u++) {
      d.gamma.grad[u] += (float) sdyx[u];
      d.beta.grad[u] += (float) sdy[u];
    }
    for (int s = 0; s < n; s++) {
      for (int u = 0; u < out; u++) {
        int o = s * out + u;
        float g =
            d.gamma.value[u]
                * st.invStd[u]
                * (dz[o] - (float) (sdy[u] / n) - st.xhat[o] * (float) (sdyx[u] / n));
        du[o] = st.relu[o] > 0 ? g : 0f;
      }
    }
    float[] dIn = new float[n * in];
    pool.run(
        out,
        (worker, from, to) -> {
          // weight gradient rows [from, to): dW[u][.] += du[s][u] * input[s][.]
          for (int u = from; u < to; u++) {
            double bias = 0;
            for (int s = 0; s < n; s++) {
              float g = du[s * out + u];
              if (g != 0f) {
                Kernels.axpy(g, st.input, s * in, d.weight.grad, u * in, in);
                bias += g;
              }
            }
            d.bias.grad[u] += (float) bias;
          }
        });
    pool.run(
        n,
        (worker, from, to) -> {
          for (int s = from; s < to; s++) {
            for (int u = 0; u < out; u++) {
              float g = du[s * out + u];
              if (g != 0f) {
                Kernels.axpy(g, d.weight.value, u * in, dIn, s * in, in);
              }
            }
          }
        });
    return dIn;
  }

  // ---------------------------------------------------------------------------------------------
  // loss, statistics, optimiser

  private double lossAndGradient(int n, int[] labels, float[] classWeights) {
    double weightSum = 0;
    for (int s = 0; s < n; s++) {
      weightSum += classWeights[labels[s]];
    }
    double loss = 0;
    for (int s = 0; s < n; s++) {
      double w = classWeights[labels[s]];
      if (outputs == 1) {
        double z = logits[s];
        double y = labels[s];
        loss += w * (Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z))));
        double sigmoid = 1 / (1 + Math.exp(-z));
        dLogits[s] = (float) (w * (sigmoid - y) / weightSum);
      } else {
        int o = s * outputs;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < outputs; c++) {
          max = Math.max(max, logits[o + c]);
        }
        double sum = 0;
        for (int c = 0; c < outputs; c++) {
          sum += Math.exp(logits[o + c] - max);
        }
        double logSum = max + Math.log(sum);
        loss += w * (logSum - logits[o + labels[s]]);
        for (int c = 0; c < outputs; c++) {
          double p = Math.exp(logits[o + c] - logSum);
          dLogits[o + c] = (float) (w * (p - (c == labels[s] ? 1 : 0)) / weightSum);
        }
      }
    }
    return loss / weightSum;
  }

  /**
   * Batch statistics from per-worker sums: the mean and 1/sqrt(biased variance + eps) normalise;
   * the running statistics move towards the mean and the unbiased variance by 1 - momentum.
   */
  private void batchStatistics(
      double[][] sums,
      double[][] squares,
      int count,
      float[] gamma,
      float[] beta,
      float[] runningMean,
      float[] runningVar,
      float[] mean,
      float[] invStd,
      float[] scale,
      float[] shift) {
    double momentum = spec.batchNormMomentum();
    double eps = spec.batchNormEpsilon();
    double[] sum = reduce(sums);
    double[] sq = reduce(squares);
    for (int i = 0; i < sum.length; i++) {
      double m = sum[i] / count;
      double var = Math.max(0, sq[i] / count - m * m);
      mean[i] = (float) m;
      invStd[i] = (float) (1 / Math.sqrt(var + eps));
      scale[i] = gamma[i] * invStd[i];
      shift[i] = beta[i] - mean[i] * scale[i];
      runningMean[i] = (float) (momentum * runningMean[i] + (1 - momentum) * m);
      runningVar[i] =
          (float)
              (momentum * runningVar[i] + (1 - momentum) * var * count / Math.max(1, count - 1));
    }
  }

  /** DJL's Adam: moments of the gradient, bias correction folded into the learning rate. */
  private void adam(float learningRate) {
    updates++;
    double coef1 = 1 - Math.pow(BETA1, updates);
    double coef2 = 1 - Math.pow(BETA2, updates);
    float corrected = (float) (learningRate * Math.sqrt(coef2) / coef1);
    for (Tensor p : trainable) {
      float[] w = p.value;
      float[] g = p.grad;
      float[] m = p.mean;
      float[] v = p.variance;
      for (int i = 0; i < w.length; i++) {
        m[i] = BETA1 * m[i] + (1 - BETA1) * g[i];
        v[i] = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
        w[i] -= corrected * m[i] / ((float) Math.sqrt(v[i]) + ADAM_EPS);
        g[i] = 0f;
      }
    }
    weightsChanged();
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /** Adds a sequence's float partial sums into a worker's double sums. */
  private static void accumulate(double[] into, float[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private static double[] reduce(double[][] parts) {
    double[] out = new double[parts[0].length];
    for (double[] part : parts) {
      for (int i = 0; i < out.length; i++) {
        out[i] += part[i];
      }
    }
    return out;
  }

  @Override
  public void close() {
    pool.close();
  }
}
