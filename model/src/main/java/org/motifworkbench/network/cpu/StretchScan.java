package org.motifworkbench.network.cpu;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.motifworkbench.network.ComputeBackend;

/**
 * Logits of overlapping windows along one stretch from feature maps computed once along it ({@link
 * ComputeBackend#windowLogits} with {@code shared} true): each branch's convolution, batch norm and
 * attention score once per position, then each window pooled from block maxima, and the first
 * linear layer updated only where a window's pooled features differ from the previous one's.
 *
 * <p>Attention pooling of a window is max over its positions of y[p] e[p] / Z, e = exp(attention
 * score), Z the sum of e over the window: the maximum of g = y e over the window divided by Z. The
 * maximum over a window of length L comes from blocks of L positions (van Herk / Gil-Werman): a
 * window starting at offset s of a block is the block's suffix maximum from s and the next block's
 * prefix maximum up to s - 1; Z likewise from suffix and prefix sums. From one window to the next a
 * filter's maximum changes only when its largest value leaves or a larger one enters (a few filters
 * in a hundred), so the first linear layer's product with each branch's maxima is updated by those
 * columns and recomputed at each block. Memory is a few blocks per worker whatever the stretch's
 * length.
 */
final class StretchScan {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int VL = S.length();

  private final CpuInference inference;
  private final PackedWeights net;
  private final FoldedHead head;
  private final int length;
  private final int padded;
  private final int filters;
  private final int widestKernel;

  StretchScan(CpuInference inference) {
    this.inference = inference;
    this.net = inference.net;
    this.head = new FoldedHead(inference);
    this.length = inference.length;
    this.padded = inference.padded;
    this.filters = inference.filters;
    int widest = 1;
    for (PackedWeights.Branch b : net.branches) {
      widest = Math.max(widest, b.kernel);
    }
    this.widestKernel = widest;
  }

  /** Logits (count, outputs) of the windows along the encoded stretch (4, stretch). */
  float[] windowLogits(float[] encoded, ComputeBackend.Windows windows) {
    if (windows.length() != length) {
      throw new IllegalArgumentException(
          "windows of " + windows.length() + " bases for a model of " + length);
    }
    int m = windows.stretch();
    if (encoded.length < 4 * m) {
      throw new IllegalArgumentException(
          "a stretch of " + m + " bases needs " + 4 * m + " values, got " + encoded.length);
    }
    float[] x = new float[4 * m];
    byte[] code = new byte[m];
    Kernels.toPositionMajor(encoded, 1, m, x, code);
    float[] logits = new float[windows.count() * head.outputs];
    inference.pool.run(
        windows.count(), (worker, from, to) -> new Pass(x, code, windows, logits).run(from, to));
    return logits;
  }

  /** One worker's windows [from, to): its block buffers and the running first-layer products. */
  private final class Pass {
    private final float[] x;
    private final byte[] code;
    private final ComputeBackend.Windows windows;
    private final float[] logits;
    private final boolean attention;

    /** A segment's convolution + ReLU, [position][filter]. */
    private final float[] map;

    /** The block being computed: g (then its suffix maxima), e, prefix maxima and sums. */
    private float[] g;

    private final float[] e;
    private final float[] prefixMax;
    private final double[] prefixSum;

    /** Per branch: suffix maxima and sums of the block where the current tile's windows start. */
    private final float[][] suffixMax;

    private final double[][] suffixSum;

    /** The first linear layer's pre-activations of the tile's windows, [window][firstWidth]. */
    private final float[] pre;

    /** First linear layer x this branch's pooled maxima of the previous window. */
    private final float[] running;

    private float[] best;
    private float[] last;
    private final FoldedHead.Scratch scratch;

    Pass(float[] x, byte[] code, ComputeBackend.Windows windows, float[] logits) {
      this.x = x;
      this.code = code;
      this.windows = windows;
      this.logits = logits;
      this.attention = net.spec.attention();
      int l = length;
      int branches = net.branches.size();
      map = new float[(l + widestKernel) * padded];
      g = new float[l * padded];
      e = new float[l];
      prefixMax = new float[l * padded];
      prefixSum = new double[l];
      suffixMax = new float[branches][l * padded];
      suffixSum = new double[branches][l];
      int tile = Math.min(l, (l - 1) / windows.step() + 1);
      pre = new float[tile * head.firstWidth];
      running = new float[head.firstWidth];
      best = new float[padded];
      last = new float[padded];
      scratch = head.scratch();
    }

    void run(int from, int to) {
      if (from >= to) {
        return;
      }
      int l = length;
      int step = windows.step();
      int origin = start(from);
      int end = start(to - 1) + l;
      int held = -1;
      int branches = net.branches.size();
      for (int i = from; i < to; ) {
        int block = (start(i) - origin) / l;
        int blockStart = origin + block * l;
        int tileEnd = Math.min(to, Math.floorDiv(blockStart + l - 1 - windows.first(), step) + 1);
        if (held != block) {
          for (int b = 0; b < branches; b++) {
            features(b, blockStart, Math.min(l, end - blockStart));
            suffixes(b, Math.min(l, end - blockStart));
          }
        }
        int next = blockStart + l;
        int nextLength = Math.max(0, Math.min(l, end - next));
        for (int w = i; w < tileEnd; w++) {
          System.arraycopy(head.firstBias, 0, pre, (w - i) * head.firstWidth, head.firstWidth);
        }
        for (int b = 0; b < branches; b++) {
          if (nextLength > 0) {
            features(b, next, nextLength);
          }
          pool(b, i, tileEnd, blockStart);
          if (nextLength > 0) {
            suffixes(b, nextLength);
          }
        }
        held = nextLength > 0 ? block + 1 : -1;
        for (int w = i; w < tileEnd; w++) {
          head.logits(pre, (w - i) * head.firstWidth, logits, w * head.outputs, scratch);
        }
        i = tileEnd;
      }
    }

    private int start(int window) {
      return windows.first() + window * windows.step();
    }

    /**
     * Branch b's features at positions [from, from + count) of the stretch into g and e (the
     * convolution sees the real bases beyond them, zero only beyond the stretch), with their prefix
     * maxima and sums.
     */
    private void features(int b, int from, int count) {
      PackedWeights.Branch branch = net.branches.get(b);
      int segment = Math.max(0, from - branch.pad);
      int segmentEnd = Math.min(windows.stretch(), from + count + branch.kernel - 1 - branch.pad);
      Kernels.convolveRelu(branch, x, code, segment, segmentEnd - segment, padded, map, 0);
      float[] scale = inference.branchScale.get(b);
      float[] shift = inference.branchShift.get(b);
      float[] aw = branch.attentionWeight;
      double sum = 0;
      for (int q = 0; q < count; q++) {
        int at = (from + q - segment) * padded;
        float weight = 1f;
        if (attention) {
          FloatVector dot = FloatVector.zero(S);
          for (int f0 = 0; f0 < padded; f0 += VL) {
            FloatVector y =
                FloatVector.fromArray(S, map, at + f0)
                    .fma(FloatVector.fromArray(S, scale, f0), FloatVector.fromArray(S, shift, f0));
            y.intoArray(map, at + f0);
            dot = y.fma(FloatVector.fromArray(S, aw, f0), dot);
          }
          float score =
              Kernels.tanh(dot.reduceLanes(VectorOperators.ADD) + branch.attentionBias[0]);
          weight = (float) Math.exp(score);
          sum += weight;
          e[q] = weight;
          prefixSum[q] = sum;
        }
        for (int f0 = 0; f0 < padded; f0 += VL) {
          FloatVector v = FloatVector.fromArray(S, map, at + f0);
          v =
              attention
                  ? v.mul(weight)
                  : v.fma(FloatVector.fromArray(S, scale, f0), FloatVector.fromArray(S, shift, f0));
          v.intoArray(g, q * padded + f0);
          if (q > 0) {
            v = v.max(FloatVector.fromArray(S, prefixMax, (q - 1) * padded + f0));
          }
          v.intoArray(prefixMax, q * padded + f0);
        }
      }
    }

    /** The suffix maxima and sums of the block in g and e become branch b's held ones. */
    private void suffixes(int b, int count) {
      for (int q = count - 2; q >= 0; q--) {
        for (int f0 = 0; f0 < padded; f0 += VL) {
          FloatVector.fromArray(S, g, q * padded + f0)
              .max(FloatVector.fromArray(S, g, (q + 1) * padded + f0))
              .intoArray(g, q * padded + f0);
        }
      }
      float[] t = suffixMax[b];
      suffixMax[b] = g;
      g = t;
      if (attention) {
        double[] sums = suffixSum[b];
        double sum = 0;
        for (int q = count - 1; q >= 0; q--) {
          sum += e[q];
          sums[q] = sum;
        }
      }
    }

    /**
     * Branch b's pooled features of windows [from, to), which start in the block at blockStart,
     * added through the first linear layer to their pre-activations.
     */
    private void pool(int b, int from, int to, int blockStart) {
      int width = head.firstWidth;
      float[] suffix = suffixMax[b];
      for (int w = from; w < to; w++) {
        int s = start(w) - blockStart;
        double z;
        if (s == 0) {
          System.arraycopy(suffix, 0, best, 0, padded);
          z = suffixSum[b][0];
        } else {
          for (int f0 = 0; f0 < padded; f0 += VL) {
            FloatVector.fromArray(S, suffix, s * padded + f0)
                .max(FloatVector.fromArray(S, prefixMax, (s - 1) * padded + f0))
                .intoArray(best, f0);
          }
          z = suffixSum[b][s] + prefixSum[s - 1];
        }
        if (w == from) {
          firstLayer(b);
        } else {
          update(b);
        }
        float[] t = last;
        last = best;
        best = t;
        float inverse = attention ? (float) (1 / z) : 1f;
        int at = (w - from) * width;
        FloatVector scale = FloatVector.broadcast(S, inverse);
        for (int r = 0; r < width; r += VL) {
          FloatVector.fromArray(S, running, r)
              .fma(scale, FloatVector.fromArray(S, pre, at + r))
              .intoArray(pre, at + r);
        }
      }
    }

    /** running = the first linear layer's columns of branch b times best. */
    private void firstLayer(int b) {
      Arrays.fill(running, 0f);
      for (int f = 0; f < filters; f++) {
        if (best[f] != 0f) {
          Kernels.axpy(
              best[f],
              head.firstT,
              (b * filters + f) * head.firstWidth,
              running,
              0,
              running.length);
        }
      }
    }

    /**
     * running += the first linear layer's columns of branch b times (best - last) where changed.
     */
    private void update(int b) {
      for (int f0 = 0; f0 < padded; f0 += VL) {
        VectorMask<Float> changed =
            FloatVector.fromArray(S, best, f0)
                .compare(VectorOperators.NE, FloatVector.fromArray(S, last, f0));
        long bits = changed.toLong();
        while (bits != 0) {
          int f = f0 + Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          Kernels.axpy(
              best[f] - last[f],
              head.firstT,
              (b * filters + f) * head.firstWidth,
              running,
              0,
              running.length);
        }
      }
    }
  }
}
