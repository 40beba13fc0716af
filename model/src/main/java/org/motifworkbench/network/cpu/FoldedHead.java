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

  /** Logits per window: 1 for two classes, else one per class. */
  final int outputs;

  /** The first linear layer's outputs rounded up to whole vectors. */
  final int firstWidth;

  /** The first linear layer transposed, [pooled feature][firstWidth]. */
  final float[] firstT;

  /** The first linear layer's bias, padded with zeros to firstWidth. */
  final float[] firstBias;

  /** Whether the first linear layer is a hidden dense layer (else its outputs are the logits). */
  final boolean hidden;

  /** Hidden layers after the first, folded and transposed: [input (padded)][output (padded)]. */
  private final float[][] layerT;

  private final float[][] layerBias;
  private final int[] layerWidth;

  /** The output layer with the last dense layer's batch norm folded in, [output][input padded]. */
  private final float[] outWeight;

  private final float[] outBias;
  private final int lastWidth;

  /**
   * Whether the hidden layers keep 16 sums in registers, four windows by four vectors (for the 32
   * vector registers of AVX-512), else eight, two windows by four vectors (AVX2's 16 registers;
   * four by four measured no faster there). Tutorial network's scan with AVX-512: 1.58-1.66 Mb/s
   * with eight sums, 1.76-1.89 with 16.
   */
  private final boolean wide;

  FoldedHead(CpuInference inference) {
    this(inference, S.vectorBitSize() >= 512);
  }

  /**
   * As {@link #FoldedHead(CpuInference)}, with the hidden layers' kernel chosen ({@link #wide}).
   */
  FoldedHead(CpuInference inference, boolean wide) {
    this.wide = wide;
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

  /**
   * Windows per call of {@link #logits}: each hidden layer's weights are read once per four windows
   * of a block (per two without AVX-512).
   */
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
    private final float[] h;
    private final float[] next;
    private final int[] nonzero;

    private Scratch(int width) {
      h = new float[BLOCK * width];
      next = new float[BLOCK * width];
      nonzero = new int[width];
    }
  }

  /**
   * The logits of count (at most {@link #BLOCK}) consecutive windows into logits[at...], outputs
   * per window, from the first linear layer's results, firstWidth per window from pre[0]: after its
   * ReLU when it is a hidden layer ({@link #hidden}), else the logits.
   */
  void logits(float[] pre, int count, float[] logits, int at, Scratch s) {
    if (!hidden) {
      for (int w = 0; w < count; w++) {
        System.arraycopy(pre, w * firstWidth, logits, at + w * outputs, outputs);
      }
      return;
    }
    float[] in = pre;
    int width = firstWidth;
    for (int i = 0; i < layerT.length; i++) {
      float[] out = in == s.h ? s.next : s.h;
      layer(layerT[i], layerBias[i], width, layerWidth[i], in, count, out, s.nonzero);
      in = out;
      width = layerWidth[i];
    }
    for (int w = 0; w < count; w++) {
      for (int o = 0; o < outputs; o++) {
        FloatVector acc = FloatVector.zero(S);
        for (int k = 0; k < lastWidth; k += VL) {
          acc =
              FloatVector.fromArray(S, outWeight, o * lastWidth + k)
                  .fma(FloatVector.fromArray(S, in, w * lastWidth + k), acc);
        }
        logits[at + w * outputs + o] = outBias[o] + acc.reduceLanes(VectorOperators.ADD);
      }
    }
  }

  /**
   * out = ReLU(bias + wT h) for count windows, in rows of inWidth (h, after a ReLU) and outWidth
   * (out): four windows at a time over the inputs non-zero in any of them (neighbouring windows
   * share most of their ReLU pattern: 128.7 of 256 inputs for four of the tutorial network's
   * windows, 126.7 for one), each weight vector loaded once for four windows ({@link #wide}) or
   * two, the sums kept in registers; the windows left over one at a time over their own non-zero
   * inputs. Each output is summed over its inputs in the same order either way (a zero input adds
   * nothing), so the result is the same.
   */
  private void layer(
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
      for (; wide && r + 4 * VL <= outWidth; r += 4 * VL) {
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
      for (; !wide && r + 4 * VL <= outWidth; r += 4 * VL) {
        twoWindows(wT, bias, outWidth, h, h0, h1, out, o0, o1, r, nonzero, n);
        twoWindows(wT, bias, outWidth, h, h2, h3, out, o2, o3, r, nonzero, n);
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

  /**
   * With 16 vector registers (AVX2), two windows of {@link #layer}'s four by four vectors from r,
   * over the four windows' non-zero inputs: eight sums, two broadcasts per four weight vectors
   * (four windows by two vectors measured 3-5% slower).
   */
  private static void twoWindows(
      float[] wT,
      float[] bias,
      int outWidth,
      float[] h,
      int h0,
      int h1,
      float[] out,
      int o0,
      int o1,
      int r,
      int[] nonzero,
      int n) {
    FloatVector a00 = FloatVector.fromArray(S, bias, r);
    FloatVector a01 = FloatVector.fromArray(S, bias, r + VL);
    FloatVector a02 = FloatVector.fromArray(S, bias, r + 2 * VL);
    FloatVector a03 = FloatVector.fromArray(S, bias, r + 3 * VL);
    FloatVector a10 = a00;
    FloatVector a11 = a01;
    FloatVector a12 = a02;
    FloatVector a13 = a03;
    for (int i = 0; i < n; i++) {
      int k = nonzero[i];
      int row = k * outWidth + r;
      FloatVector v = FloatVector.broadcast(S, h[h0 + k]);
      FloatVector u = FloatVector.broadcast(S, h[h1 + k]);
      FloatVector w = FloatVector.fromArray(S, wT, row);
      a00 = w.fma(v, a00);
      a10 = w.fma(u, a10);
      w = FloatVector.fromArray(S, wT, row + VL);
      a01 = w.fma(v, a01);
      a11 = w.fma(u, a11);
      w = FloatVector.fromArray(S, wT, row + 2 * VL);
      a02 = w.fma(v, a02);
      a12 = w.fma(u, a12);
      w = FloatVector.fromArray(S, wT, row + 3 * VL);
      a03 = w.fma(v, a03);
      a13 = w.fma(u, a13);
    }
    a00.max(0f).intoArray(out, o0 + r);
    a01.max(0f).intoArray(out, o0 + r + VL);
    a02.max(0f).intoArray(out, o0 + r + 2 * VL);
    a03.max(0f).intoArray(out, o0 + r + 3 * VL);
    a10.max(0f).intoArray(out, o1 + r);
    a11.max(0f).intoArray(out, o1 + r + VL);
    a12.max(0f).intoArray(out, o1 + r + 2 * VL);
    a13.max(0f).intoArray(out, o1 + r + 3 * VL);
  }
}
