package org.motifworkbench.network.cpu;

import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The layers after pooling as a scan computes them: each dense layer's batch norm folded into the
 * linear layer after it (W (scale h + shift) + b = (W scale) h + (b + W shift)), so only ReLUs sit
 * between the linear maps and each layer skips the inputs a ReLU set to zero (about half). The
 * first linear layer (the first dense layer, else the output layer) is kept transposed, [pooled
 * feature][output] with the outputs padded to whole vectors, for {@link StretchScan}'s incremental
 * updates; {@link #logits} takes it from its result on.
 */
final class FoldedHead {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int VL = S.length();

  /** Logits per window: 1 for two classes, else one per class. */
  final int outputs;

  /** The first linear layer's outputs rounded up to whole vectors. */
  final int firstWidth;

  /** The first linear layer transposed, [pooled feature][firstWidth]. */
  final float[] firstT;

  /** The first linear layer's bias, padded with zeros to firstWidth. */
  final float[] firstBias;

  /** Whether the first linear layer is a hidden dense layer (else its outputs are the logits). */
  private final boolean hidden;

  /** Hidden layers after the first, folded and transposed: [input (padded)][output (padded)]. */
  private final float[][] layerT;

  private final float[][] layerBias;
  private final int[] layerWidth;

  /** The output layer with the last dense layer's batch norm folded in, [output][input padded]. */
  private final float[] outWeight;

  private final float[] outBias;
  private final int lastWidth;

  FoldedHead(CpuInference inference) {
    PackedWeights net = inference.net;
    outputs = net.outputs;
    int width = net.spec.pooledFeatures();
    List<PackedWeights.Dense> dense = net.dense;
    hidden = !dense.isEmpty();
    int firstOut = hidden ? dense.get(0).out : outputs;
    firstWidth = padded(firstOut);
    firstT = new float[width * firstWidth];
    firstBias = new float[firstWidth];
    float[] first = hidden ? dense.get(0).weight : net.outWeight;
    for (int r = 0; r < firstOut; r++) {
      for (int k = 0; k < width; k++) {
        firstT[k * firstWidth + r] = first[r * width + k];
      }
    }
    System.arraycopy(hidden ? dense.get(0).bias : net.outBias, 0, firstBias, 0, firstOut);
    int layers = Math.max(0, dense.size() - 1);
    layerT = new float[layers][];
    layerBias = new float[layers][];
    layerWidth = new int[layers];
    for (int i = 0; i < layers; i++) {
      PackedWeights.Dense d = dense.get(i + 1);
      layerWidth[i] = padded(d.out);
      layerT[i] = new float[padded(d.in) * layerWidth[i]];
      layerBias[i] = new float[layerWidth[i]];
      fold(
          d.weight,
          d.bias,
          d.in,
          d.out,
          inference.denseScale.get(i),
          inference.denseShift.get(i),
          layerT[i],
          layerWidth[i],
          1,
          layerBias[i]);
    }
    lastWidth = hidden ? padded(dense.get(dense.size() - 1).out) : 0;
    outWeight = new float[hidden ? outputs * lastWidth : 0];
    outBias = new float[outputs];
    if (hidden) {
      int last = dense.size() - 1;
      fold(
          net.outWeight,
          net.outBias,
          dense.get(last).out,
          outputs,
          inference.denseScale.get(last),
          inference.denseShift.get(last),
          outWeight,
          1,
          lastWidth,
          outBias);
    }
  }

  /** n rounded up to whole vectors. */
  static int padded(int n) {
    return (n + VL - 1) / VL * VL;
  }

  /**
   * A linear layer w [out][in] with the batch norm (scale, shift) of its input folded in, written
   * to folded[k * inStride + r * outStride], bias to foldedBias.
   */
  private static void fold(
      float[] w,
      float[] bias,
      int in,
      int out,
      float[] scale,
      float[] shift,
      float[] folded,
      int inStride,
      int outStride,
      float[] foldedBias) {
    for (int r = 0; r < out; r++) {
      double b = bias[r];
      for (int k = 0; k < in; k++) {
        float v = w[r * in + k];
        folded[k * inStride + r * outStride] = v * scale[k];
        b += (double) v * shift[k];
      }
      foldedBias[r] = (float) b;
    }
  }

  /** Buffers for {@link #logits}, one per worker. */
  Scratch scratch() {
    int widest = firstWidth;
    for (int w : layerWidth) {
      widest = Math.max(widest, w);
    }
    return new Scratch(widest);
  }

  static final class Scratch {
    private float[] h;
    private float[] next;
    private final int[] nonzero;

    private Scratch(int width) {
      h = new float[width];
      next = new float[width];
      nonzero = new int[width];
    }
  }

  /**
   * The logits of one window into logits[at...] from the first linear layer's result (before its
   * ReLU) at pre[preAt...].
   */
  void logits(float[] pre, int preAt, float[] logits, int at, Scratch s) {
    if (!hidden) {
      System.arraycopy(pre, preAt, logits, at, outputs);
      return;
    }
    int count = relu(pre, preAt, firstWidth, s.h, s.nonzero);
    for (int i = 0; i < layerT.length; i++) {
      sparseLayer(layerT[i], layerBias[i], layerWidth[i], s.h, s.nonzero, count, s.next);
      float[] t = s.h;
      s.h = s.next;
      s.next = t;
      count = relu(s.h, 0, layerWidth[i], s.h, s.nonzero);
    }
    for (int o = 0; o < outputs; o++) {
      FloatVector acc = FloatVector.zero(S);
      for (int k = 0; k < lastWidth; k += VL) {
        acc =
            FloatVector.fromArray(S, outWeight, o * lastWidth + k)
                .fma(FloatVector.fromArray(S, s.h, k), acc);
      }
      logits[at + o] = outBias[o] + acc.reduceLanes(VectorOperators.ADD);
    }
  }

  /** h = ReLU(in[at...at + width)); the indices of its non-zero entries, returns their count. */
  private static int relu(float[] in, int at, int width, float[] h, int[] nonzero) {
    for (int k = 0; k < width; k += VL) {
      FloatVector.fromArray(S, in, at + k).max(0f).intoArray(h, k);
    }
    int count = 0;
    for (int k = 0; k < width; k++) {
      // no branch per input: half of them are zero, in no predictable order
      nonzero[count] = k;
      count += h[k] > 0f ? 1 : 0;
    }
    return count;
  }

  /**
   * out = bias + sum over the non-zero inputs h[k] of wT[k][...] h[k] (width outputs, a whole
   * number of vectors): eight (or four) vectors of outputs summed in registers over the inputs at a
   * time.
   */
  private static void sparseLayer(
      float[] wT, float[] bias, int width, float[] h, int[] nonzero, int count, float[] out) {
    int r = 0;
    for (; r + 8 * VL <= width; r += 8 * VL) {
      FloatVector a0 = FloatVector.fromArray(S, bias, r);
      FloatVector a1 = FloatVector.fromArray(S, bias, r + VL);
      FloatVector a2 = FloatVector.fromArray(S, bias, r + 2 * VL);
      FloatVector a3 = FloatVector.fromArray(S, bias, r + 3 * VL);
      FloatVector a4 = FloatVector.fromArray(S, bias, r + 4 * VL);
      FloatVector a5 = FloatVector.fromArray(S, bias, r + 5 * VL);
      FloatVector a6 = FloatVector.fromArray(S, bias, r + 6 * VL);
      FloatVector a7 = FloatVector.fromArray(S, bias, r + 7 * VL);
      for (int i = 0; i < count; i++) {
        int k = nonzero[i];
        FloatVector v = FloatVector.broadcast(S, h[k]);
        int row = k * width + r;
        a0 = FloatVector.fromArray(S, wT, row).fma(v, a0);
        a1 = FloatVector.fromArray(S, wT, row + VL).fma(v, a1);
        a2 = FloatVector.fromArray(S, wT, row + 2 * VL).fma(v, a2);
        a3 = FloatVector.fromArray(S, wT, row + 3 * VL).fma(v, a3);
        a4 = FloatVector.fromArray(S, wT, row + 4 * VL).fma(v, a4);
        a5 = FloatVector.fromArray(S, wT, row + 5 * VL).fma(v, a5);
        a6 = FloatVector.fromArray(S, wT, row + 6 * VL).fma(v, a6);
        a7 = FloatVector.fromArray(S, wT, row + 7 * VL).fma(v, a7);
      }
      a0.intoArray(out, r);
      a1.intoArray(out, r + VL);
      a2.intoArray(out, r + 2 * VL);
      a3.intoArray(out, r + 3 * VL);
      a4.intoArray(out, r + 4 * VL);
      a5.intoArray(out, r + 5 * VL);
      a6.intoArray(out, r + 6 * VL);
      a7.intoArray(out, r + 7 * VL);
    }
    for (; r + 4 * VL <= width; r += 4 * VL) {
      FloatVector a0 = FloatVector.fromArray(S, bias, r);
      FloatVector a1 = FloatVector.fromArray(S, bias, r + VL);
      FloatVector a2 = FloatVector.fromArray(S, bias, r + 2 * VL);
      FloatVector a3 = FloatVector.fromArray(S, bias, r + 3 * VL);
      for (int i = 0; i < count; i++) {
        int k = nonzero[i];
        FloatVector v = FloatVector.broadcast(S, h[k]);
        int row = k * width + r;
        a0 = FloatVector.fromArray(S, wT, row).fma(v, a0);
        a1 = FloatVector.fromArray(S, wT, row + VL).fma(v, a1);
        a2 = FloatVector.fromArray(S, wT, row + 2 * VL).fma(v, a2);
        a3 = FloatVector.fromArray(S, wT, row + 3 * VL).fma(v, a3);
      }
      a0.intoArray(out, r);
      a1.intoArray(out, r + VL);
      a2.intoArray(out, r + 2 * VL);
      a3.intoArray(out, r + 3 * VL);
    }
    for (; r < width; r += VL) {
      FloatVector a = FloatVector.fromArray(S, bias, r);
      for (int i = 0; i < count; i++) {
        int k = nonzero[i];
        a = FloatVector.fromArray(S, wT, k * width + r).fma(FloatVector.broadcast(S, h[k]), a);
      }
      a.intoArray(out, r);
    }
  }
}
