package org.motifworkbench.network.cpu;

import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The layers after pooling as a scan computes them: each dense layer's batch norm folded into the
 * linear layer after it (W (scale h + shift) + b = (W scale) h + (b + W shift)), so only ReLUs sit
 * between the linear maps and each layer skips the inputs a ReLU set to zero (about half); windows
 * come in blocks, so each hidden layer is a sparse matrix product over four windows at a time. The
 * first linear layer (the first dense layer, else the output layer) is kept transposed, [pooled
 * feature][output] with the outputs padded to whole vectors, for {@link StretchScan}'s incremental
 * updates; {@link #logits} takes it from its result on.
 */
final class FoldedHead {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int VL = S.length();

  /**
   * Whether the processor has 32 vector registers (AVX-512: 512-bit vectors): then the hidden
   * layers keep 16 sums in registers, four windows by four vectors, else eight.
   */
  private static final boolean WIDE =
      Boolean.parseBoolean(
          System.getProperty("mwb.wide", String.valueOf(S.vectorBitSize() >= 512)));

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

  /** Windows per call of {@link #logits}: each hidden layer's weights are read once per four. */
  static final int BLOCK = 32;

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
      h = new float[BLOCK * width];
      next = new float[BLOCK * width];
      nonzero = new int[width];
    }
  }

  /**
   * The logits of count (at most {@link #BLOCK}) consecutive windows into logits[at...], outputs
   * per window, from the first linear layer's results (before its ReLU), firstWidth per window from
   * pre[0].
   */
  void logits(float[] pre, int count, float[] logits, int at, Scratch s) {
    if (!hidden) {
      for (int w = 0; w < count; w++) {
        System.arraycopy(pre, w * firstWidth, logits, at + w * outputs, outputs);
      }
      return;
    }
    int width = firstWidth;
    for (int k = 0; k < count * width; k += VL) {
      FloatVector.fromArray(S, pre, k).max(0f).intoArray(s.h, k);
    }
    for (int i = 0; i < layerT.length; i++) {
      layer(layerT[i], layerBias[i], width, layerWidth[i], s.h, count, s.next, s.nonzero);
      float[] t = s.h;
      s.h = s.next;
      s.next = t;
      width = layerWidth[i];
    }
    for (int w = 0; w < count; w++) {
      for (int o = 0; o < outputs; o++) {
        FloatVector acc = FloatVector.zero(S);
        for (int k = 0; k < lastWidth; k += VL) {
          acc =
              FloatVector.fromArray(S, outWeight, o * lastWidth + k)
                  .fma(FloatVector.fromArray(S, s.h, w * lastWidth + k), acc);
        }
        logits[at + w * outputs + o] = outBias[o] + acc.reduceLanes(VectorOperators.ADD);
      }
    }
  }

  /**
   * out = ReLU(bias + wT h) for count windows, in rows of inWidth (h, after a ReLU) and outWidth
   * (out): four windows at a time over the inputs non-zero in any of them (neighbouring windows
   * share most of their ReLU pattern), each weight vector loaded once for the four; the windows
   * left over one at a time over their own non-zero inputs. Each output is summed over its inputs
   * in the same order either way (a zero input adds nothing), so the result is the same.
   */
  private static void layer(
      float[] wT,
      float[] bias,
      int inWidth,
      int outWidth,
      float[] h,
      int count,
      float[] out,
      int[] nonzero) {
    int w = 0;
    for (; w + 4 <= count; w += 4) {
      int h0 = w * inWidth;
      int h1 = h0 + inWidth;
      int h2 = h1 + inWidth;
      int h3 = h2 + inWidth;
      int n = 0;
      for (int k = 0; k < inWidth; k++) {
        // no branch per input: about half of them are zero, in no predictable order
        nonzero[n] = k;
        n += (h[h0 + k] + h[h1 + k] + h[h2 + k] + h[h3 + k]) > 0f ? 1 : 0;
      }
      int o0 = w * outWidth;
      int o1 = o0 + outWidth;
      int o2 = o1 + outWidth;
      int o3 = o2 + outWidth;
      int r = 0;
      for (; WIDE && r + 4 * VL <= outWidth; r += 4 * VL) {
        FloatVector b0 = FloatVector.fromArray(S, bias, r);
        FloatVector b1 = FloatVector.fromArray(S, bias, r + VL);
        FloatVector b2 = FloatVector.fromArray(S, bias, r + 2 * VL);
        FloatVector b3 = FloatVector.fromArray(S, bias, r + 3 * VL);
        FloatVector a00 = b0;
        FloatVector a01 = b1;
        FloatVector a02 = b2;
        FloatVector a03 = b3;
        FloatVector a10 = b0;
        FloatVector a11 = b1;
        FloatVector a12 = b2;
        FloatVector a13 = b3;
        FloatVector a20 = b0;
        FloatVector a21 = b1;
        FloatVector a22 = b2;
        FloatVector a23 = b3;
        FloatVector a30 = b0;
        FloatVector a31 = b1;
        FloatVector a32 = b2;
        FloatVector a33 = b3;
        for (int i = 0; i < n; i++) {
          int k = nonzero[i];
          int row = k * outWidth + r;
          FloatVector w0 = FloatVector.fromArray(S, wT, row);
          FloatVector w1 = FloatVector.fromArray(S, wT, row + VL);
          FloatVector w2 = FloatVector.fromArray(S, wT, row + 2 * VL);
          FloatVector w3 = FloatVector.fromArray(S, wT, row + 3 * VL);
          FloatVector v = FloatVector.broadcast(S, h[h0 + k]);
          a00 = w0.fma(v, a00);
          a01 = w1.fma(v, a01);
          a02 = w2.fma(v, a02);
          a03 = w3.fma(v, a03);
          v = FloatVector.broadcast(S, h[h1 + k]);
          a10 = w0.fma(v, a10);
          a11 = w1.fma(v, a11);
          a12 = w2.fma(v, a12);
          a13 = w3.fma(v, a13);
          v = FloatVector.broadcast(S, h[h2 + k]);
          a20 = w0.fma(v, a20);
          a21 = w1.fma(v, a21);
          a22 = w2.fma(v, a22);
          a23 = w3.fma(v, a23);
          v = FloatVector.broadcast(S, h[h3 + k]);
          a30 = w0.fma(v, a30);
          a31 = w1.fma(v, a31);
          a32 = w2.fma(v, a32);
          a33 = w3.fma(v, a33);
        }
        a00.max(0f).intoArray(out, o0 + r);
        a01.max(0f).intoArray(out, o0 + r + VL);
        a02.max(0f).intoArray(out, o0 + r + 2 * VL);
        a03.max(0f).intoArray(out, o0 + r + 3 * VL);
        a10.max(0f).intoArray(out, o1 + r);
        a11.max(0f).intoArray(out, o1 + r + VL);
        a12.max(0f).intoArray(out, o1 + r + 2 * VL);
        a13.max(0f).intoArray(out, o1 + r + 3 * VL);
        a20.max(0f).intoArray(out, o2 + r);
        a21.max(0f).intoArray(out, o2 + r + VL);
        a22.max(0f).intoArray(out, o2 + r + 2 * VL);
        a23.max(0f).intoArray(out, o2 + r + 3 * VL);
        a30.max(0f).intoArray(out, o3 + r);
        a31.max(0f).intoArray(out, o3 + r + VL);
        a32.max(0f).intoArray(out, o3 + r + 2 * VL);
        a33.max(0f).intoArray(out, o3 + r + 3 * VL);
      }
      for (; r + 2 * VL <= outWidth; r += 2 * VL) {
        FloatVector b0 = FloatVector.fromArray(S, bias, r);
        FloatVector b1 = FloatVector.fromArray(S, bias, r + VL);
        FloatVector a00 = b0;
        FloatVector a01 = b1;
        FloatVector a10 = b0;
        FloatVector a11 = b1;
        FloatVector a20 = b0;
        FloatVector a21 = b1;
        FloatVector a30 = b0;
        FloatVector a31 = b1;
        for (int i = 0; i < n; i++) {
          int k = nonzero[i];
          int row = k * outWidth + r;
          FloatVector w0 = FloatVector.fromArray(S, wT, row);
          FloatVector w1 = FloatVector.fromArray(S, wT, row + VL);
          FloatVector v = FloatVector.broadcast(S, h[h0 + k]);
          a00 = w0.fma(v, a00);
          a01 = w1.fma(v, a01);
          v = FloatVector.broadcast(S, h[h1 + k]);
          a10 = w0.fma(v, a10);
          a11 = w1.fma(v, a11);
          v = FloatVector.broadcast(S, h[h2 + k]);
          a20 = w0.fma(v, a20);
          a21 = w1.fma(v, a21);
          v = FloatVector.broadcast(S, h[h3 + k]);
          a30 = w0.fma(v, a30);
          a31 = w1.fma(v, a31);
        }
        a00.max(0f).intoArray(out, o0 + r);
        a01.max(0f).intoArray(out, o0 + r + VL);
        a10.max(0f).intoArray(out, o1 + r);
        a11.max(0f).intoArray(out, o1 + r + VL);
        a20.max(0f).intoArray(out, o2 + r);
        a21.max(0f).intoArray(out, o2 + r + VL);
        a30.max(0f).intoArray(out, o3 + r);
        a31.max(0f).intoArray(out, o3 + r + VL);
      }
      for (; r < outWidth; r += VL) {
        FloatVector a0 = FloatVector.fromArray(S, bias, r);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        for (int i = 0; i < n; i++) {
          int k = nonzero[i];
          FloatVector w0 = FloatVector.fromArray(S, wT, k * outWidth + r);
          a0 = w0.fma(FloatVector.broadcast(S, h[h0 + k]), a0);
          a1 = w0.fma(FloatVector.broadcast(S, h[h1 + k]), a1);
          a2 = w0.fma(FloatVector.broadcast(S, h[h2 + k]), a2);
          a3 = w0.fma(FloatVector.broadcast(S, h[h3 + k]), a3);
        }
        a0.max(0f).intoArray(out, o0 + r);
        a1.max(0f).intoArray(out, o1 + r);
        a2.max(0f).intoArray(out, o2 + r);
        a3.max(0f).intoArray(out, o3 + r);
      }
    }
    for (; w < count; w++) {
      int h0 = w * inWidth;
      int n = 0;
      for (int k = 0; k < inWidth; k++) {
        nonzero[n] = k;
        n += h[h0 + k] > 0f ? 1 : 0;
      }
      for (int r = 0; r < outWidth; r += VL) {
        FloatVector a = FloatVector.fromArray(S, bias, r);
        for (int i = 0; i < n; i++) {
          int k = nonzero[i];
          a =
              FloatVector.fromArray(S, wT, k * outWidth + r)
                  .fma(FloatVector.broadcast(S, h[h0 + k]), a);
        }
        a.max(0f).intoArray(out, w * outWidth + r);
      }
    }
  }
}
