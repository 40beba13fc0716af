package org.motifworkbench.network.cpu;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Explanations on the Java kernels, on the weights of one {@link CpuInference}: input gradients,
 * integrated-gradient sums and the score of every single-base substitution.
 *
 * <p>The last two rest on the convolution being linear in its input, so they are exact up to float
 * rounding: along a straight path its output is the interpolation of its outputs at the two ends
 * (two convolutions instead of one per step), and the input gradients summed over the path are the
 * transposed convolution of the summed output gradients (one instead of one per step); a
 * substitution changes the convolution's output only in the kernel's window around it, so the
 * unmutated maps are computed once and each variant recomputes that window (the attention softmax
 * then differs by its normaliser outside the window, and each filter's maximum outside the window
 * comes from prefix and suffix maxima). One caller at a time.
 */
final class CpuExplanations {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int VL = S.length();

  private final CpuInference inf;
  private final PackedWeights net;
  private final int length;
  private final int filters;
  private final int padded;
  private final int branches;
  private final int maxKernel;

  /** Per branch the convolution weights [filter][offset][channel], rows padded to whole vectors. */
  private final float[][] transposed;

  private final int[] rowWidth;

  /** Floats of the input-gradient buffer before position 0 and after position L - 1. */
  private final int margin;

  private final Scratch[] scratch;

  /** Per branch scale x attention weight (padded) and shift . attention weight + bias. */
  private final float[][] scaledAttention;

  private final float[] attentionOffset;

  CpuExplanations(CpuInference inference) {
    this.inf = inference;
    this.net = inference.net;
    this.length = inference.length;
    this.filters = inference.filters;
    this.padded = inference.padded;
    this.branches = net.branches.size();
    this.transposed = new float[branches][];
    this.rowWidth = new int[branches];
    int widest = 0;
    for (int j = 0; j < branches; j++) {
      PackedWeights.Branch b = net.branches.get(j);
      int width = 4 * b.kernel;
      int row = (width + VL - 1) / VL * VL;
      float[] t = new float[filters * row];
      for (int f = 0; f < filters; f++) {
        for (int m = 0; m < width; m++) {
          t[f * row + m] = b.convWeight[m * padded + f];
        }
      }
      transposed[j] = t;
      rowWidth[j] = row;
      widest = Math.max(widest, b.kernel);
    }
    this.maxKernel = widest;
    this.margin = 4 * widest + VL;
    this.scratch = new Scratch[inference.pool.size()];
    this.scaledAttention = new float[branches][padded];
    this.attentionOffset = new float[branches];
  }

  /** Folds the batch norm into the attention weights, from the inference's current statistics. */
  private void foldAttention() {
    for (int j = 0; j < branches; j++) {
      PackedWeights.Branch b = net.branches.get(j);
      if (b.attentionWeight == null) {
        continue;
      }
      float[] scale = inf.branchScale.get(j);
      float[] shift = inf.branchShift.get(j);
      double offset = b.attentionBias[0];
      for (int f = 0; f < padded; f++) {
        scaledAttention[j][f] = scale[f] * b.attentionWeight[f];
        offset += (double) shift[f] * b.attentionWeight[f];
      }
      attentionOffset[j] = (float) offset;
    }
  }

  /** A worker's buffers, kept between calls (one sequence's maps are ~100 KB per branch). */
  private final class Scratch {
    final float[][] relu = new float[branches][length * padded];
    final float[][] tanh = new float[branches][length];
    final float[][] attention = new float[branches][length];
    final int[][] winner = new int[branches][filters];
    final float[] dy = new float[length * padded];
    final float[] dx = new float[4 * length + 2 * margin];
    final float[] z = new float[net.spec.pooledFeatures()];
    final float[] best = new float[padded];
    final float[] bestAt = new float[padded];
    final double[] dAttention = new double[length];
  }

  private Scratch scratch(int worker) {
    if (scratch[worker] == null) {
      scratch[worker] = new Scratch();
    }
    return scratch[worker];
  }

  /**
   * Gradients of each sequence's class score with respect to its input, in inference mode: (n, 4,
   * L) channels-first like the input; {@code scores} receives each sequence's score. The class
   * score is the logit of {@code classIndex}, for two classes the sigmoid logit (negated for class
   * 0). Backpropagation written out for this network: output and dense layers (ReLU, batch norm
   * with running statistics), max or attention pooling (the gradient reaches the winning position
   * and, through the softmax and tanh of the attention scores, every position), batch norm, ReLU
   * and the convolution, whose input gradient is the transposed convolution of its output gradient.
   */
  float[] inputGradients(float[] encoded, int n, int classIndex, float[] scores) {
    int l = length;
    foldAttention();
    inf.stage(encoded, n);
    float[] out = new float[n * 4 * l];
    inf.pool.run(
        n,
        (worker, from, to) -> {
          Scratch w = scratch(worker);
          for (int s = from; s < to; s++) {
            for (int j = 0; j < branches; j++) {
              Kernels.convolveRelu(
                  net.branches.get(j), inf.x, inf.code, s * l, l, padded, w.relu[j], 0);
              activate(j, w);
            }
            float[] dz = headGradient(w.z, classIndex, scores, s);
            Arrays.fill(w.dx, 0f);
            for (int j = 0; j < branches; j++) {
              preActivationGradient(j, dz, w, w.dy, false);
              transposedConvolution(j, w.dy, w.dx);
            }
            channelsFirst(w.dx, out, s * 4 * l);
          }
        });
    return out;
  }

  /**
   * The input gradients of the class score summed over the {@code steps} points baseline + (s +
   * 1/2) / steps x (input - baseline) of the straight path, (4, L) channels-first.
   */
  float[] pathGradientSum(float[] input, float[] baseline, int steps, int classIndex) {
    int l = length;
    int lf = l * padded;
    foldAttention();
    float[] ends = new float[8 * l];
    System.arraycopy(input, 0, ends, 0, 4 * l);
    System.arraycopy(baseline, 0, ends, 4 * l, 4 * l);
    inf.stage(ends, 2);
    float[][] start = new float[branches][lf];
    float[][] direction = new float[branches][lf];
    for (int j = 0; j < branches; j++) {
      PackedWeights.Branch b = net.branches.get(j);
      Kernels.convolve(b, inf.x, inf.code, l, l, padded, start[j]);
      Kernels.convolve(b, inf.x, inf.code, 0, l, padded, direction[j]);
      for (int i = 0; i < lf; i++) {
        direction[j][i] -= start[j][i];
      }
    }
    float[][][] sums = new float[inf.pool.size()][][];
    inf.pool.run(
        steps,
        (worker, from, to) -> {
          Scratch w = scratch(worker);
          float[][] sum = new float[branches][lf];
          sums[worker] = sum;
          for (int s = from; s < to; s++) {
            float alpha = (s + 0.5f) / steps;
            for (int j = 0; j < branches; j++) {
              activate(j, w, start[j], direction[j], alpha);
            }
            float[] dz = headGradient(w.z, classIndex, null, 0);
            for (int j = 0; j < branches; j++) {
              preActivationGradient(j, dz, w, sum[j], true);
            }
          }
        });
    float[] dx = new float[4 * l + 2 * margin];
    for (int j = 0; j < branches; j++) {
      float[] total = new float[lf];
      for (float[][] sum : sums) {
        if (sum != null) {
          add(sum[j], total);
        }
      }
      transposedConvolution(j, total, dx);
    }
    float[] out = new float[4 * l];
    channelsFirst(dx, out, 0);
    return out;
  }

  /**
   * The class score of every single-base substitution of one encoded sequence (4, L): entry c x L +
   * p is the score with position p set to base c; where the input already is exactly base c, the
   * score of the input itself, which also goes to {@code reference[0]}.
   */
  float[] substitutionScores(float[] input, int classIndex, float[] reference) {
    int l = length;
    inf.stage(input, 1);
    Unmutated u = new Unmutated();
    float[] logits = new float[net.outputs];
    inf.head(u.pooled, logits, 0);
    float score = classScore(logits, classIndex);
    reference[0] = score;
    float[] scores = new float[4 * l];
    inf.pool.run(
        l,
        (worker, from, to) -> {
          float[] window = new float[maxKernel * padded];
          float[] windowExp = new float[maxKernel];
          float[] best = new float[padded];
          float[] z = new float[u.pooled.length];
          float[] variantLogits = new float[net.outputs];
          for (int i = from; i < to; i++) {
            for (int c = 0; c < 4; c++) {
              if (inf.code[i] == c) {
                scores[c * l + i] = score;
                continue;
              }
              for (int j = 0; j < branches; j++) {
                mutatedBranch(j, u, i, c, window, windowExp, best);
                System.arraycopy(best, 0, z, j * filters, filters);
              }
              inf.head(z, variantLogits, 0);
              scores[c * l + i] = classScore(variantLogits, classIndex);
            }
          }
        });
    return scores;
  }

  /**
   * The unmutated sequence's maps: per branch the convolution's output before ReLU, each position's
   * attention weight before normalisation (exp of its tanh score; 1 for max pooling) and their sum,
   * and the prefix and suffix maxima of the weighted normalised maps.
   */
  private final class Unmutated {
    final float[][] pre = new float[branches][length * padded];
    final float[][] exps = new float[branches][length];
    final double[] total = new double[branches];

    /** before[j][p * fp + f]: filter f's maximum over positions before p. */
    final float[][] before = new float[branches][(length + 1) * padded];

    /** after[j][p * fp + f]: filter f's maximum over positions from p on. */
    final float[][] after = new float[branches][(length + 1) * padded];

    final float[] pooled = new float[net.spec.pooledFeatures()];

    Unmutated() {
      int l = length;
      int fp = padded;
      float[] y = new float[fp];
      float[] weighted = new float[l * fp];
      for (int j = 0; j < branches; j++) {
        PackedWeights.Branch b = net.branches.get(j);
        Kernels.convolve(b, inf.x, inf.code, 0, l, fp, pre[j]);
        boolean attend = b.attentionWeight != null;
        double sum = 0;
        for (int p = 0; p < l; p++) {
          float e = normalise(j, pre[j], p * fp, y);
          exps[j][p] = e;
          sum += e;
          for (int f = 0; f < fp; f++) {
            weighted[p * fp + f] = y[f] * e;
          }
        }
        total[j] = attend ? sum : 1;
        Arrays.fill(before[j], 0, fp, Float.NEGATIVE_INFINITY);
        for (int p = 0; p < l; p++) {
          for (int f = 0; f < fp; f++) {
            before[j][(p + 1) * fp + f] = Math.max(before[j][p * fp + f], weighted[p * fp + f]);
          }
        }
        Arrays.fill(after[j], l * fp, (l + 1) * fp, Float.NEGATIVE_INFINITY);
        for (int p = l - 1; p >= 0; p--) {
          for (int f = 0; f < fp; f++) {
            after[j][p * fp + f] = Math.max(after[j][(p + 1) * fp + f], weighted[p * fp + f]);
          }
        }
        float inverse = (float) (1 / total[j]);
        for (int f = 0; f < filters; f++) {
          pooled[j * filters + f] = after[j][f] * inverse;
        }
      }
    }
  }

  /**
   * One row of a branch from its convolution output {@code pre} at {@code at}: ReLU and batch norm
   * into y; returns the position's attention weight before normalisation (1 for max pooling).
   */
  private float normalise(int j, float[] pre, int at, float[] y) {
    PackedWeights.Branch b = net.branches.get(j);
    float[] scale = inf.branchScale.get(j);
    float[] shift = inf.branchShift.get(j);
    boolean attend = b.attentionWeight != null;
    FloatVector dot = FloatVector.zero(S);
    for (int f0 = 0; f0 < padded; f0 += VL) {
      FloatVector v =
          FloatVector.fromArray(S, pre, at + f0)
              .max(0f)
              .fma(FloatVector.fromArray(S, scale, f0), FloatVector.fromArray(S, shift, f0));
      v.intoArray(y, f0);
      if (attend) {
        dot = v.fma(FloatVector.fromArray(S, b.attentionWeight, f0), dot);
      }
    }
    return attend
        ? (float) Math.exp(Math.tanh(dot.reduceLanes(VectorOperators.ADD) + b.attentionBias[0]))
        : 1f;
  }

  /**
   * Branch j's pooled features (into best, per padded filter) with position i set to base c: the
   * window of outputs that read position i recomputed, the rest from the unmutated maps.
   */
  private void mutatedBranch(
      int j, Unmutated u, int i, int c, float[] window, float[] windowExp, float[] best) {
    PackedWeights.Branch b = net.branches.get(j);
    int fp = padded;
    int lo = Math.max(0, i + b.pad - b.kernel + 1);
    int hi = Math.min(length - 1, i + b.pad);
    float[] w = b.convWeight;
    double removed = 0;
    double added = 0;
    float[] row = new float[fp];
    float[] pre = new float[fp];
    for (int p = lo; p <= hi; p++) {
      int o = i + b.pad - p;
      for (int f0 = 0; f0 < fp; f0 += VL) {
        FloatVector change = FloatVector.fromArray(S, w, ((o << 2) + c) * fp + f0);
        for (int k = 0; k < 4; k++) {
          float v = inf.x[(i << 2) + k];
          if (v != 0f) {
            change =
                FloatVector.fromArray(S, w, ((o << 2) + k) * fp + f0)
                    .fma(FloatVector.broadcast(S, -v), change);
          }
        }
        FloatVector.fromArray(S, u.pre[j], p * fp + f0).add(change).intoArray(pre, f0);
      }
      float e = normalise(j, pre, 0, row);
      System.arraycopy(row, 0, window, (p - lo) * fp, fp);
      windowExp[p - lo] = e;
      removed += u.exps[j][p];
      added += e;
    }
    float inverse = (float) (1 / (b.attentionWeight != null ? u.total[j] - removed + added : 1));
    for (int f0 = 0; f0 < fp; f0 += VL) {
      FloatVector m =
          FloatVector.fromArray(S, u.before[j], lo * fp + f0)
              .max(FloatVector.fromArray(S, u.after[j], (hi + 1) * fp + f0));
      for (int p = lo; p <= hi; p++) {
        m = m.max(FloatVector.fromArray(S, window, (p - lo) * fp + f0).mul(windowExp[p - lo]));
      }
      m.mul(inverse).intoArray(best, f0);
    }
  }

  private float classScore(float[] logits, int classIndex) {
    if (net.outputs == 1) {
      return classIndex == 1 ? logits[0] : -logits[0];
    }
    return logits[classIndex];
  }

  private static void add(float[] from, float[] to) {
    Kernels.axpy(1f, from, 0, to, 0, from.length);
  }

  /**
   * Branch j after its convolution and ReLU (w.relu[j]), in inference mode, keeping what the
   * backward pass needs: the attention scores before (tanh) and after the softmax and each filter's
   * winning position; the pooled features go to w.z from j x filters. One pass over the map: the
   * batch-normalised row y = relu x scale + shift is never stored (its dot with the attention
   * weights is relu . (scale x weights) + shift . weights), and the maximum of y x softmax weight
   * is found with the softmax's numerators, whose common denominator does not move the maximum.
   */
  private void activate(int j, Scratch w) {
    activate(j, w, null, null, 0f);
  }

  /**
   * {@link #activate(int, Scratch)} of the point start + alpha x direction of a straight path
   * (pre-ReLU maps), whose ReLU is written to w.relu[j] row by row as the pass goes (when start is
   * not null).
   */
  private void activate(int j, Scratch w, float[] start, float[] direction, float alpha) {
    int l = length;
    int fp = padded;
    PackedWeights.Branch b = net.branches.get(j);
    float[] relu = w.relu[j];
    float[] tanh = w.tanh[j];
    float[] attention = w.attention[j];
    float[] scale = inf.branchScale.get(j);
    float[] shift = inf.branchShift.get(j);
    float[] sa = scaledAttention[j];
    boolean attend = b.attentionWeight != null;
    float[] best = w.best;
    float[] at = w.bestAt;
    double total = 0;
    FloatVector alphaV = FloatVector.broadcast(S, alpha);
    for (int p = 0; p < l; p++) {
      int row = p * fp;
      if (start != null) {
        for (int i = row; i < row + fp; i += VL) {
          FloatVector.fromArray(S, direction, i)
              .fma(alphaV, FloatVector.fromArray(S, start, i))
              .max(0f)
              .intoArray(relu, i);
        }
      }
      float e = 1f;
      if (attend) {
        FloatVector dot = FloatVector.zero(S);
        for (int f0 = 0; f0 < fp; f0 += VL) {
          dot = FloatVector.fromArray(S, relu, row + f0).fma(FloatVector.fromArray(S, sa, f0), dot);
        }
        float t = Kernels.tanh(dot.reduceLanes(VectorOperators.ADD) + attentionOffset[j]);
        tanh[p] = t;
        e = (float) Math.exp(t);
        attention[p] = e;
        total += e;
      }
    }
    for (int f0 = 0; f0 < fp; f0 += VL) {
      FloatVector sc = FloatVector.fromArray(S, scale, f0);
      FloatVector sh = FloatVector.fromArray(S, shift, f0);
      FloatVector bestV = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
      FloatVector atV = FloatVector.zero(S);
      for (int p = 0; p < l; p++) {
        FloatVector v = FloatVector.fromArray(S, relu, p * fp + f0).fma(sc, sh);
        if (attend) {
          v = v.mul(attention[p]);
        }
        VectorMask<Float> higher = v.compare(VectorOperators.GT, bestV);
        bestV = bestV.blend(v, higher);
        atV = atV.blend(p, higher);
      }
      bestV.intoArray(best, f0);
      atV.intoArray(at, f0);
    }
    float inverse = 1f;
    if (attend) {
      inverse = (float) (1 / total);
      for (int p = 0; p < l; p++) {
        attention[p] *= inverse;
      }
    }
    for (int f = 0; f < filters; f++) {
      w.winner[j][f] = (int) at[f];
      w.z[j * filters + f] = best[f] * inverse;
    }
  }

  /**
   * Dense layers and the output forward from the pooled features z, then back: the gradient of the
   * class score with respect to z. The score goes to scores[s] unless scores is null.
   */
  private float[] headGradient(float[] z, int classIndex, float[] scores, int s) {
    int layers = net.dense.size();
    float[][] relus = new float[layers][];
    float[] h = z;
    for (int i = 0; i < layers; i++) {
      PackedWeights.Dense d = net.dense.get(i);
      float[] u = new float[d.out];
      Kernels.matVec(d.weight, d.out, d.in, h, d.bias, u);
      for (int k = 0; k < d.out; k++) {
        u[k] = Math.max(u[k], 0f);
      }
      relus[i] = u.clone();
      inf.denseNorm(i, u, 0);
      h = u;
    }
    int width = h.length;
    float[] dLogit = new float[net.outputs];
    if (net.outputs == 1) {
      dLogit[0] = classIndex == 1 ? 1f : -1f;
    } else {
      dLogit[classIndex] = 1f;
    }
    if (scores != null) {
      double score = 0;
      for (int o = 0; o < net.outputs; o++) {
        double logit = net.outBias[o];
        for (int k = 0; k < width; k++) {
          logit += h[k] * net.outWeight[o * width + k];
        }
        score += dLogit[o] * logit;
      }
      scores[s] = (float) score;
    }
    float[] dh = new float[width];
    for (int o = 0; o < net.outputs; o++) {
      Kernels.axpy(dLogit[o], net.outWeight, o * width, dh, 0, width);
    }
    for (int i = layers - 1; i >= 0; i--) {
      PackedWeights.Dense d = net.dense.get(i);
      float[] scale = inf.denseScale.get(i);
      float[] u = relus[i];
      float[] g = new float[d.out];
      for (int o = 0; o < d.out; o++) {
        g[o] = u[o] > 0f ? dh[o] * scale[o] : 0f;
      }
      float[] dIn = new float[d.in];
      Kernels.matVec(d.weightT, d.in, d.out, g, null, dIn);
      dh = dIn;
    }
    return dh;
  }

  /**
   * Branch j's gradient with respect to its convolution's output before ReLU, from the gradient dz
   * of the pooled features, written to (or, with {@code add}, added to) {@code target} (L, fp). One
   * pass: through the softmax and tanh each position's attention score sends dDot x (scale x
   * weights) to its row, masked where the ReLU was off; each filter's winner adds its own term.
   */
  private void preActivationGradient(int j, float[] dz, Scratch w, float[] target, boolean add) {
    int l = length;
    int fp = padded;
    PackedWeights.Branch b = net.branches.get(j);
    float[] relu = w.relu[j];
    float[] tanh = w.tanh[j];
    float[] attention = w.attention[j];
    float[] scale = inf.branchScale.get(j);
    float[] shift = inf.branchShift.get(j);
    float[] sa = scaledAttention[j];
    int[] winner = w.winner[j];
    boolean attend = b.attentionWeight != null;
    if (attend) {
      double[] dAttention = w.dAttention;
      Arrays.fill(dAttention, 0);
      for (int f = 0; f < filters; f++) {
        int p = winner[f];
        float y = relu[p * fp + f] * scale[f] + shift[f];
        dAttention[p] += dz[j * filters + f] * y;
      }
      double mean = 0;
      for (int p = 0; p < l; p++) {
        mean += attention[p] * dAttention[p];
      }
      for (int p = 0; p < l; p++) {
        double dScore = attention[p] * (dAttention[p] - mean);
        float dDot = (float) (dScore * (1 - (double) tanh[p] * tanh[p]));
        FloatVector d = FloatVector.broadcast(S, dDot);
        int row = p * fp;
        for (int f0 = 0; f0 < fp; f0 += VL) {
          int i = row + f0;
          FloatVector g =
              FloatVector.fromArray(S, sa, f0)
                  .mul(d)
                  .blend(0f, FloatVector.fromArray(S, relu, i).compare(VectorOperators.LE, 0f));
          if (add) {
            g = g.add(FloatVector.fromArray(S, target, i));
          }
          g.intoArray(target, i);
        }
      }
    } else if (!add) {
      Arrays.fill(target, 0, l * fp, 0f);
    }
    for (int f = 0; f < filters; f++) {
      int i = winner[f] * fp + f;
      if (relu[i] > 0f) {
        float g = dz[j * filters + f] * scale[f];
        target[i] += attend ? g * attention[winner[f]] : g;
      }
    }
  }

  /**
   * Adds branch j's transposed convolution of dy (L, fp) to dx, position-major (L, 4) from {@link
   * #margin}: output p read inputs p - pad + o, o = 0 ... k - 1, so row p of dy times the filters'
   * contiguous [offset][channel] weights adds to dx from input position p - pad on. A matrix
   * product blocked by four positions: each weight vector loaded once for four rows.
   */
  private void transposedConvolution(int j, float[] dy, float[] dx) {
    PackedWeights.Branch b = net.branches.get(j);
    float[] t = transposed[j];
    int row = rowWidth[j];
    int fp = padded;
    int p = 0;
    for (; p + 4 <= length; p += 4) {
      int d = p * fp;
      int m = 0;
      for (; m + 2 * VL <= row; m += 2 * VL) {
        // eight sums in flight (four rows, two weight vectors): the fused multiply-adds of one
        // sum wait for each other, so four were half the machine's rate
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S);
        FloatVector a3 = FloatVector.zero(S);
        FloatVector c0 = FloatVector.zero(S);
        FloatVector c1 = FloatVector.zero(S);
        FloatVector c2 = FloatVector.zero(S);
        FloatVector c3 = FloatVector.zero(S);
        for (int f = 0; f < filters; f++) {
          FloatVector w = FloatVector.fromArray(S, t, f * row + m);
          FloatVector u = FloatVector.fromArray(S, t, f * row + m + VL);
          FloatVector g0 = FloatVector.broadcast(S, dy[d + f]);
          a0 = w.fma(g0, a0);
          c0 = u.fma(g0, c0);
          FloatVector g1 = FloatVector.broadcast(S, dy[d + fp + f]);
          a1 = w.fma(g1, a1);
          c1 = u.fma(g1, c1);
          FloatVector g2 = FloatVector.broadcast(S, dy[d + 2 * fp + f]);
          a2 = w.fma(g2, a2);
          c2 = u.fma(g2, c2);
          FloatVector g3 = FloatVector.broadcast(S, dy[d + 3 * fp + f]);
          a3 = w.fma(g3, a3);
          c3 = u.fma(g3, c3);
        }
        int at = margin + (p - b.pad) * 4 + m;
        addInto(dx, at, a0);
        addInto(dx, at + VL, c0);
        addInto(dx, at + 4, a1);
        addInto(dx, at + 4 + VL, c1);
        addInto(dx, at + 8, a2);
        addInto(dx, at + 8 + VL, c2);
        addInto(dx, at + 12, a3);
        addInto(dx, at + 12 + VL, c3);
      }
      for (; m < row; m += VL) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S);
        FloatVector a3 = FloatVector.zero(S);
        for (int f = 0; f < filters; f++) {
          FloatVector w = FloatVector.fromArray(S, t, f * row + m);
          a0 = w.fma(FloatVector.broadcast(S, dy[d + f]), a0);
          a1 = w.fma(FloatVector.broadcast(S, dy[d + fp + f]), a1);
          a2 = w.fma(FloatVector.broadcast(S, dy[d + 2 * fp + f]), a2);
          a3 = w.fma(FloatVector.broadcast(S, dy[d + 3 * fp + f]), a3);
        }
        int at = margin + (p - b.pad) * 4 + m;
        addInto(dx, at, a0);
        addInto(dx, at + 4, a1);
        addInto(dx, at + 8, a2);
        addInto(dx, at + 12, a3);
      }
    }
    for (; p < length; p++) {
      int at = margin + (p - b.pad) * 4;
      for (int f = 0; f < filters; f++) {
        float g = dy[p * fp + f];
        if (g != 0f) {
          Kernels.axpy(g, t, f * row, dx, at, row);
        }
      }
    }
  }

  private static void addInto(float[] dx, int at, FloatVector v) {
    FloatVector.fromArray(S, dx, at).add(v).intoArray(dx, at);
  }

  /** Position-major gradients (L, 4) from {@link #margin} in dx to (4, L) at {@code at} in out. */
  private void channelsFirst(float[] dx, float[] out, int at) {
    int l = length;
    for (int p = 0; p < l; p++) {
      for (int c = 0; c < 4; c++) {
        out[at + c * l + p] = dx[margin + p * 4 + c];
      }
    }
  }
}
