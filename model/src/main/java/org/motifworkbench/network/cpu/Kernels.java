package org.motifworkbench.network.cpu;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.motifworkbench.network.DropoutMask;

/**
 * The vector kernels that training ({@link CpuNetwork}) and inference ({@link CpuInference}) share:
 * input staging, the first-layer convolution, softmax, dropout masks, axpy.
 */
final class Kernels {

  static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  static final int VL = S.length();
  private static final VectorSpecies<Integer> INTS = S.withLanes(int.class);
  private static final IntVector LANE_INDEX = IntVector.zero(INTS).addIndex(1);

  private Kernels() {}

  /**
   * Input (n, 4, L) channels-first into x, position-major [n][L][4], and code: per position the
   * base's channel (0-3) when the input is exactly one-hot there, else 4.
   */
  static void toPositionMajor(float[] encoded, int n, int l, float[] x, byte[] code) {
    for (int s = 0; s < n; s++) {
      int in = s * 4 * l;
      int out = s * l * 4;
      for (int p = 0; p < l; p++) {
        int ones = 0;
        int zeros = 0;
        int channel = 0;
        for (int c = 0; c < 4; c++) {
          float v = encoded[in + c * l + p];
          x[out + p * 4 + c] = v;
          if (v == 1f) {
            ones++;
            channel = c;
          } else if (v == 0f) {
            zeros++;
          }
        }
        code[s * l + p] = (byte) (ones == 1 && zeros == 3 ? channel : 4);
      }
    }
  }

  /**
   * A branch's convolution followed by ReLU for one sequence whose positions start at {@code first}
   * in x and code, written to out from position {@code outFirst} on, [p][f].
   */
  static void convolveRelu(
      PackedWeights.Branch b,
      float[] x,
      byte[] code,
      int first,
      int l,
      int f,
      float[] out,
      int outFirst) {
    convolve(b, x, code, first, l, f, out, outFirst, true);
  }

  /**
   * As {@link #convolveRelu} without the ReLU: the convolution's output before its activation,
   * which is linear in the input (integrated gradients and mutagenesis build on that).
   */
  static void convolve(
      PackedWeights.Branch b, float[] x, byte[] code, int first, int l, int f, float[] out) {
    convolve(b, x, code, first, l, f, out, 0, false);
  }

  private static void convolve(
      PackedWeights.Branch b,
      float[] x,
      byte[] code,
      int first,
      int l,
      int f,
      float[] out,
      int outFirst,
      boolean relu) {
    float[] w = b.convWeight;
    float[] bias = b.convBias;
    int kernel = b.kernel;
    // positions whose window lies inside the sequence: p - pad >= 0 and p - pad + kernel <= l
    int inFrom = Math.min(l, b.pad);
    int inTo = Math.max(inFrom, l - kernel + b.pad + 1);
    for (int f0 = 0; f0 < f; f0 += VL) {
      FloatVector bv = FloatVector.fromArray(S, bias, f0);
      int p = 0;
      while (p < l) {
        if (p >= inFrom && p + 4 <= inTo) {
          // four positions at once: four independent sums, each in the single position's order
          int q = first + p - b.pad;
          FloatVector a0 = bv;
          FloatVector a1 = bv;
          FloatVector a2 = bv;
          FloatVector a3 = bv;
          for (int k = 0; k < kernel; k++) {
            a0 = tap(w, x, code, q + k, k, f, f0, a0);
            a1 = tap(w, x, code, q + k + 1, k, f, f0, a1);
            a2 = tap(w, x, code, q + k + 2, k, f, f0, a2);
            a3 = tap(w, x, code, q + k + 3, k, f, f0, a3);
          }
          int o = (outFirst + p) * f + f0;
          (relu ? a0.max(0f) : a0).intoArray(out, o);
          (relu ? a1.max(0f) : a1).intoArray(out, o + f);
          (relu ? a2.max(0f) : a2).intoArray(out, o + 2 * f);
          (relu ? a3.max(0f) : a3).intoArray(out, o + 3 * f);
          p += 4;
          continue;
        }
        FloatVector acc = bv;
        int kFrom = Math.max(0, b.pad - p);
        int kTo = Math.min(kernel, l - p + b.pad);
        int q = first + p - b.pad;
        for (int k = kFrom; k < kTo; k++) {
          acc = tap(w, x, code, q + k, k, f, f0, acc);
        }
        (relu ? acc.max(0f) : acc).intoArray(out, (outFirst + p) * f + f0);
        p++;
      }
    }
  }

  /**
   * acc plus kernel offset k's weights for the input at position i: the present base's row for a
   * one-hot position (code below 4), else each channel's row times its value (zeros skipped). The
   * serial chain of additions per output is what limits a convolution here (four cycles each), so
   * the caller keeps four outputs in flight.
   */
  private static FloatVector tap(
      float[] w, float[] x, byte[] code, int i, int k, int f, int f0, FloatVector acc) {
    int cd = code[i];
    if (cd < 4) {
      return acc.add(FloatVector.fromArray(S, w, ((k << 2) + cd) * f + f0));
    }
    for (int c = 0; c < 4; c++) {
      float v = x[(i << 2) + c];
      if (v != 0f) {
        acc =
            FloatVector.fromArray(S, w, ((k << 2) + c) * f + f0)
                .fma(FloatVector.broadcast(S, v), acc);
      }
    }
    return acc;
  }

  /**
   * tanh through the intrinsic {@link Math#exp}: (e^2x - 1) / (e^2x + 1), within 2 ulp of float
   * tanh; {@link Math#tanh} is a native call on JDK 17 (a profile of integrated gradients spent a
   * fifth of its time in it).
   */
  static float tanh(float x) {
    if (x > 20f) {
      return 1f;
    }
    if (x < -20f) {
      return -1f;
    }
    double e = Math.exp(2.0 * x);
    return (float) ((e - 1) / (e + 1));
  }

  /** Softmax of in[from, from + count) into out (may be in). */
  static void softmax(float[] in, float[] out, int from, int count) {
    float max = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, in[from + i]);
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      float e = (float) Math.exp(in[from + i] - max);
      out[from + i] = e;
      sum += e;
    }
    float inv = (float) (1 / sum);
    for (int i = 0; i < count; i++) {
      out[from + i] *= inv;
    }
  }

  /** {@link DropoutMask#value} of elements index ... index + VL - 1 (the same hash, lane-wise). */
  static FloatVector maskVector(int seed, int index, int threshold, float keep) {
    IntVector h = LANE_INDEX.add(index).mul(0x9E3779B9).add(seed);
    h = h.lanewise(VectorOperators.XOR, h.lanewise(VectorOperators.LSHR, 16)).mul(0x85ebca6b);
    h = h.lanewise(VectorOperators.XOR, h.lanewise(VectorOperators.LSHR, 13)).mul(0xc2b2ae35);
    h = h.lanewise(VectorOperators.XOR, h.lanewise(VectorOperators.LSHR, 16));
    VectorMask<Integer> drop =
        h.lanewise(VectorOperators.LSHR, 16).compare(VectorOperators.LT, threshold);
    return FloatVector.broadcast(S, keep).blend(0f, drop.cast(S));
  }

  static void axpy(float a, float[] x, int xFrom, float[] y, int yFrom, int count) {
    int i = 0;
    FloatVector av = FloatVector.broadcast(S, a);
    for (int bound = S.loopBound(count); i < bound; i += VL) {
      FloatVector.fromArray(S, x, xFrom + i)
          .fma(av, FloatVector.fromArray(S, y, yFrom + i))
          .intoArray(y, yFrom + i);
    }
    for (; i < count; i++) {
      y[yFrom + i] += a * x[xFrom + i];
    }
  }

  /**
   * y[r] = bias[r] + m[r, :] . x for a row-major (rows, cols) matrix (bias may be null): four rows
   * at a time, summed in registers, so each x vector is loaded once per four rows and nothing is
   * stored until a row is complete (an axpy per column stores the whole of y per column).
   */
  static void matVec(float[] m, int rows, int cols, float[] x, float[] bias, float[] y) {
    int bound = S.loopBound(cols);
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      int m0 = r * cols;
      int m1 = m0 + cols;
      int m2 = m1 + cols;
      int m3 = m2 + cols;
      FloatVector a0 = FloatVector.zero(S);
      FloatVector a1 = FloatVector.zero(S);
      FloatVector a2 = FloatVector.zero(S);
      FloatVector a3 = FloatVector.zero(S);
      int c = 0;
      for (; c < bound; c += VL) {
        FloatVector xv = FloatVector.fromArray(S, x, c);
        a0 = FloatVector.fromArray(S, m, m0 + c).fma(xv, a0);
        a1 = FloatVector.fromArray(S, m, m1 + c).fma(xv, a1);
        a2 = FloatVector.fromArray(S, m, m2 + c).fma(xv, a2);
        a3 = FloatVector.fromArray(S, m, m3 + c).fma(xv, a3);
      }
      float s0 = a0.reduceLanes(VectorOperators.ADD);
      float s1 = a1.reduceLanes(VectorOperators.ADD);
      float s2 = a2.reduceLanes(VectorOperators.ADD);
      float s3 = a3.reduceLanes(VectorOperators.ADD);
      for (; c < cols; c++) {
        s0 += m[m0 + c] * x[c];
        s1 += m[m1 + c] * x[c];
        s2 += m[m2 + c] * x[c];
        s3 += m[m3 + c] * x[c];
      }
      y[r] = bias == null ? s0 : bias[r] + s0;
      y[r + 1] = bias == null ? s1 : bias[r + 1] + s1;
      y[r + 2] = bias == null ? s2 : bias[r + 2] + s2;
      y[r + 3] = bias == null ? s3 : bias[r + 3] + s3;
    }
    for (; r < rows; r++) {
      float acc = bias == null ? 0f : bias[r];
      for (int c = 0; c < cols; c++) {
        acc += m[r * cols + c] * x[c];
      }
      y[r] = acc;
    }
  }

  static void transpose(float[] in, float[] out, int rows, int cols) {
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[c * rows + r] = in[r * cols + c];
      }
    }
  }
}
