package org.motifworkbench.network.cpu;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The branches' convolutions along a segment of a stretch for {@link StretchScan}, before the ReLU.
 * One-hot positions read their base's weights from a table with a fifth, all-zero channel, so the
 * inner loop has no branch and no call (a call per tap, as {@link Kernels} makes, boxed the
 * accumulators in a profile: 800 bytes allocated per window); away from the segment's edges the
 * taps are read two at a time from a table of each pair of taps' 25 base pairs (half the
 * additions). The few positions that are not one-hot (N, IUPAC codes) are added afterwards, channel
 * by channel.
 */
final class SegmentConvolution {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int VL = S.length();

  private final PackedWeights net;
  private final int padded;

  /** Per branch: weights [offset][channel 0-4][filter], channel 4 zero. */
  private final float[][] weights;

  /**
   * Per branch: the sums of two neighbouring taps' weights [pair t][5 channel + channel][filter]
   * for offsets 2t and 2t + 1 (an odd kernel's last pair has zeros for its second offset).
   */
  private final float[][] pairs;

  SegmentConvolution(PackedWeights net) {
    this.net = net;
    this.padded = net.paddedFilters;
    weights = new float[net.branches.size()][];
    for (int j = 0; j < weights.length; j++) {
      PackedWeights.Branch b = net.branches.get(j);
      float[] w = new float[b.kernel * 5 * padded];
      for (int k = 0; k < b.kernel; k++) {
        System.arraycopy(b.convWeight, k * 4 * padded, w, k * 5 * padded, 4 * padded);
      }
      weights[j] = w;
    }
    pairs = new float[weights.length][];
    for (int j = 0; j < weights.length; j++) {
      int kernel = net.branches.get(j).kernel;
      float[] w = weights[j];
      float[] t = new float[(kernel + 1) / 2 * 25 * padded];
      for (int k = 0; k < kernel; k += 2) {
        for (int c1 = 0; c1 < 5; c1++) {
          for (int c2 = 0; c2 < 5; c2++) {
            int to = (k / 2 * 25 + c1 * 5 + c2) * padded;
            for (int f = 0; f < padded; f++) {
              float second = k + 1 < kernel ? w[((k + 1) * 5 + c2) * padded + f] : 0f;
              t[to + f] = w[(k * 5 + c1) * padded + f] + second;
            }
          }
        }
      }
      pairs[j] = t;
    }
  }

  /**
   * Each position's code (0-3 a base, 4 anything else) times 5 plus the next position's (4 after
   * the last): the row of a pair of taps starting there.
   */
  static byte[] pairCodes(byte[] code) {
    int m = code.length;
    byte[] pair = new byte[m];
    for (int i = 0; i < m; i++) {
      pair[i] = (byte) (code[i] * 5 + (i + 1 < m ? code[i + 1] : 4));
    }
    return pair;
  }

  /**
   * Branch j's convolution (bias included, no ReLU) of the l positions from {@code first} of the
   * staged input, zero beyond them, into out [position][filter]; pair from {@link #pairCodes}.
   */
  void convolve(int j, float[] x, byte[] code, byte[] pair, int first, int l, float[] out) {
    PackedWeights.Branch b = net.branches.get(j);
    float[] w = weights[j];
    float[] w2 = pairs[j];
    int half = (b.kernel + 1) / 2;
    int kernel = b.kernel;
    int f = padded;
    int inFrom = Math.min(l, b.pad);
    int inTo = Math.max(inFrom, l - kernel + b.pad + 1);
    for (int f0 = 0; f0 < f; f0 += VL) {
      FloatVector bias = FloatVector.fromArray(S, b.convBias, f0);
      int p = 0;
      while (p < l) {
        int q = first + p - b.pad;
        if (p >= inFrom && p + 4 <= inTo) {
          FloatVector a0 = bias;
          FloatVector a1 = bias;
          FloatVector a2 = bias;
          FloatVector a3 = bias;
          for (int t = 0; t < half; t++) {
            int row = t * 25;
            int i = q + 2 * t;
            a0 = a0.add(FloatVector.fromArray(S, w2, (row + pair[i]) * f + f0));
            a1 = a1.add(FloatVector.fromArray(S, w2, (row + pair[i + 1]) * f + f0));
            a2 = a2.add(FloatVector.fromArray(S, w2, (row + pair[i + 2]) * f + f0));
            a3 = a3.add(FloatVector.fromArray(S, w2, (row + pair[i + 3]) * f + f0));
          }
          int o = p * f + f0;
          a0.intoArray(out, o);
          a1.intoArray(out, o + f);
          a2.intoArray(out, o + 2 * f);
          a3.intoArray(out, o + 3 * f);
          p += 4;
          continue;
        }
        FloatVector acc = bias;
        int kTo = Math.min(kernel, l - p + b.pad);
        for (int k = Math.max(0, b.pad - p); k < kTo; k++) {
          acc = acc.add(FloatVector.fromArray(S, w, (k * 5 + code[q + k]) * f + f0));
        }
        acc.intoArray(out, p * f + f0);
        p++;
      }
    }
    for (int i = 0; i < l; i++) {
      if (code[first + i] == 4) {
        fractional(b, x, first + i, i, l, out);
      }
    }
  }

  /** Adds a position that is not one-hot (at i in the segment) to the outputs that read it. */
  private void fractional(PackedWeights.Branch b, float[] x, int at, int i, int l, float[] out) {
    for (int c = 0; c < 4; c++) {
      float v = x[at * 4 + c];
      if (v == 0f) {
        continue;
      }
      for (int k = 0; k < b.kernel; k++) {
        int p = i - k + b.pad;
        if (p >= 0 && p < l) {
          Kernels.axpy(v, b.convWeight, (k * 4 + c) * padded, out, p * padded, padded);
        }
      }
    }
  }
}
