package org.motifworkbench.network.cpu;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
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
  private final SegmentConvolution convolution;
  private final int length;
  private final int padded;
  private final int filters;
  private final int widestKernel;

  StretchScan(CpuInference inference) {
    this.inference = inference;
    this.net = inference.net;
    this.head = new FoldedHead(inference);
    this.convolution = new SegmentConvolution(net);
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
    byte[] pair = SegmentConvolution.pairCodes(code);
    float[] logits = new float[windows.count() * head.outputs];
    inference.pool.run(
        windows.count(),
        (worker, from, to) -> new Pass(x, code, pair, windows, logits).run(from, to));
    return logits;
  }

  /** One worker's windows [from, to): its block buffers and the running first-layer products. */
  private final class Pass {
    private final float[] x;
    private final byte[] code;
    private final byte[] pair;
    private final ComputeBackend.Windows windows;
    private final float[] logits;
    private final boolean attention;
    private final int branches;

    /** A segment's convolution + ReLU, [position][filter]. */
    private final float[] map;

    /** A block's attention scores, then their exponentials e. */
    private final float[] e;

    /** Per branch: suffix maxima [position][filter] and sums of the block the tile starts in. */
    private final float[][] held;

    private final double[][] heldSum;

    /** Per branch: the next block's g = y e (max pooling: y), made into its suffix maxima. */
    private final float[][] next;

    private final double[][] nextSum;

    /** Per branch: the next block's prefix maxima and sums. */
    private final float[][] prefix;

    private final double[][] prefixSum;

    /** Per branch: the first linear layer times its pooled maxima of the previous window. */
    private final float[][] running;

    private final float[][] best;
    private final float[][] last;
    private final float[] inverse;

    /** The first linear layer's pre-activations of up to {@link FoldedHead#BLOCK} windows. */
    private final float[] pre;

    /** How many windows' pre-activations wait in pre, from window pending0 on. */
    private int pending;

    private int pending0;

    private final FoldedHead.Scratch scratch;

    Pass(float[] x, byte[] code, byte[] pair, ComputeBackend.Windows windows, float[] logits) {
      this.x = x;
      this.code = code;
      this.pair = pair;
      this.windows = windows;
      this.logits = logits;
      this.attention = net.spec.attention();
      this.branches = net.branches.size();
      int l = length;
      map = new float[(l + widestKernel) * padded];
      e = new float[l + VL];
      held = new float[branches][l * padded];
      heldSum = new double[branches][l];
      next = new float[branches][l * padded];
      nextSum = new double[branches][l];
      prefix = new float[branches][l * padded];
      prefixSum = new double[branches][l];
      running = new float[branches][head.firstWidth];
      best = new float[branches][padded];
      last = new float[branches][padded];
      inverse = new float[branches];
      pre = new float[FoldedHead.BLOCK * head.firstWidth];
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
      int heldBlock = -1;
      for (int i = from; i < to; ) {
        int block = (start(i) - origin) / l;
        int blockStart = origin + block * l;
        int tileEnd = Math.min(to, Math.floorDiv(blockStart + l - 1 - windows.first(), step) + 1);
        if (heldBlock != block) {
          for (int b = 0; b < branches; b++) {
            features(b, blockStart, Math.min(l, end - blockStart));
          }
          swap();
        }
        int nextStart = blockStart + l;
        int nextLength = Math.max(0, Math.min(l, end - nextStart));
        if (nextLength > 0) {
          for (int b = 0; b < branches; b++) {
            features(b, nextStart, nextLength);
          }
        }
        for (int w = i; w < tileEnd; w++) {
          int s = start(w) - blockStart;
          for (int b = 0; b < branches; b++) {
            pool(b, s, w == i);
          }
          if (pending == 0) {
            pending0 = w;
          }
          firstLayer(pending++ * head.firstWidth);
          if (pending == FoldedHead.BLOCK) {
            flush();
          }
        }
        if (nextLength > 0) {
          swap();
        }
        heldBlock = nextLength > 0 ? block + 1 : -1;
        i = tileEnd;
      }
      flush();
    }

    /** The logits of the windows waiting in pre. */
    private void flush() {
      if (pending > 0) {
        head.logits(pre, pending, logits, pending0 * head.outputs, scratch);
        pending = 0;
      }
    }

    private int start(int window) {
      return windows.first() + window * windows.step();
    }

    /** The next block's suffix maxima and sums become the held ones. */
    private void swap() {
      for (int b = 0; b < branches; b++) {
        float[] t = held[b];
        held[b] = next[b];
        next[b] = t;
        double[] u = heldSum[b];
        heldSum[b] = nextSum[b];
        nextSum[b] = u;
      }
    }

    /**
     * Branch b's features at positions [from, from + count) of the stretch (the convolution sees
     * the real bases beyond them, zero only beyond the stretch): g = y e into next[b] as suffix
     * maxima, prefix maxima into prefix[b], and the sums of e.
     */
    private void features(int b, int from, int count) {
      PackedWeights.Branch branch = net.branches.get(b);
      int segment = Math.max(0, from - branch.pad);
      int segmentEnd = Math.min(windows.stretch(), from + count + branch.kernel - 1 - branch.pad);
      convolution.convolve(b, x, code, pair, segment, segmentEnd - segment, map);
      int at = (from - segment) * padded;
      normalise(b, at, count);
      float[] g = next[b];
      float[] pm = prefix[b];
      for (int q = 0; q < count; q++) {
        int o = at + q * padded;
        FloatVector weight = FloatVector.broadcast(S, e[q]);
        for (int f0 = 0; f0 < padded; f0 += VL) {
          FloatVector v = FloatVector.fromArray(S, map, o + f0);
          if (attention) {
            v = v.mul(weight);
          }
          v.intoArray(g, q * padded + f0);
          if (q > 0) {
            v = v.max(FloatVector.fromArray(S, pm, (q - 1) * padded + f0));
          }
          v.intoArray(pm, q * padded + f0);
        }
      }
      for (int q = count - 2; q >= 0; q--) {
        for (int f0 = 0; f0 < padded; f0 += VL) {
          FloatVector.fromArray(S, g, q * padded + f0)
              .max(FloatVector.fromArray(S, g, (q + 1) * padded + f0))
              .intoArray(g, q * padded + f0);
        }
      }
      if (attention) {
        double sum = 0;
        for (int q = 0; q < count; q++) {
          sum += e[q];
          prefixSum[b][q] = sum;
        }
        sum = 0;
        for (int q = count - 1; q >= 0; q--) {
          sum += e[q];
          nextSum[b][q] = sum;
        }
      }
    }

    /**
     * ReLU and batch norm in place on count positions of the map from {@code at}; with attention,
     * each position's e = exp(tanh(a . y + bias)) into e.
     */
    private void normalise(int b, int at, int count) {
      float[] scale = inference.branchScale.get(b);
      float[] shift = inference.branchShift.get(b);
      PackedWeights.Branch branch = net.branches.get(b);
      float[] aw = branch.attentionWeight;
      for (int q = 0; q < count; q++) {
        int o = at + q * padded;
        FloatVector dot = FloatVector.zero(S);
        for (int f0 = 0; f0 < padded; f0 += VL) {
          FloatVector y =
              FloatVector.fromArray(S, map, o + f0)
                  .max(0f)
                  .fma(FloatVector.fromArray(S, scale, f0), FloatVector.fromArray(S, shift, f0));
          y.intoArray(map, o + f0);
          if (attention) {
            dot = y.fma(FloatVector.fromArray(S, aw, f0), dot);
          }
        }
        if (attention) {
          e[q] = dot.reduceLanes(VectorOperators.ADD) + branch.attentionBias[0];
        }
      }
      if (attention) {
        for (int q = 0; q < count; q++) {
          e[q] = (float) Math.exp(Kernels.tanh(e[q]));
        }
      }
    }

    /**
     * Branch b's pooled maxima of the window at offset s of the held block (and the next block's
     * first s positions), and the inverse of its sum of e; the running product with the first
     * linear layer brought up to date (recomputed when {@code fresh}).
     */
    private void pool(int b, int s, boolean fresh) {
      float[] m = best[b];
      float[] old = last[b];
      float[] suffix = held[b];
      float[] pm = prefix[b];
      // how far any maximum moved: one reduction per branch, not a mask (VectorMask.anyTrue and
      // toLong allocated on JDK 17, 800 bytes per window in a profile); most windows move none of
      // a branch's
      FloatVector moved = FloatVector.zero(S);
      for (int f0 = 0; f0 < padded; f0 += VL) {
        FloatVector v = FloatVector.fromArray(S, suffix, s * padded + f0);
        if (s > 0) {
          v = v.max(FloatVector.fromArray(S, pm, (s - 1) * padded + f0));
        }
        v.intoArray(m, f0);
        moved = moved.max(v.sub(FloatVector.fromArray(S, old, f0)).abs());
      }
      inverse[b] = (float) (1 / (s == 0 ? heldSum[b][0] : heldSum[b][s] + prefixSum[b][s - 1]));
      if (fresh) {
        recompute(b);
      } else if (moved.reduceLanes(VectorOperators.MAX) != 0f) {
        update(b);
      }
      best[b] = old;
      last[b] = m;
    }

    /**
     * pre[at...] = the first linear layer's bias + each branch's running product / its sum of e,
     * after its ReLU when it is a hidden layer.
     */
    private void firstLayer(int at) {
      int width = head.firstWidth;
      for (int r = 0; r < width; r += VL) {
        FloatVector acc = FloatVector.fromArray(S, head.firstBias, r);
        for (int b = 0; b < branches; b++) {
          FloatVector v = FloatVector.fromArray(S, running[b], r);
          acc = attention ? v.fma(FloatVector.broadcast(S, inverse[b]), acc) : v.add(acc);
        }
        if (head.hidden) {
          acc = acc.max(0f);
        }
        acc.intoArray(pre, at + r);
      }
    }

    /** Branch b's running product: the first linear layer's columns of branch b times best. */
    private void recompute(int b) {
      float[] y = running[b];
      float[] m = best[b];
      Arrays.fill(y, 0f);
      for (int f = 0; f < filters; f++) {
        if (m[f] != 0f) {
          Kernels.axpy(m[f], head.firstT, (b * filters + f) * head.firstWidth, y, 0, y.length);
        }
      }
    }

    /** Branch b's running product plus its columns times (best - last) where they differ. */
    private void update(int b) {
      float[] y = running[b];
      float[] m = best[b];
      float[] old = last[b];
      for (int f = 0; f < filters; f++) {
        float d = m[f] - old[f];
        if (d != 0f) {
          Kernels.axpy(d, head.firstT, (b * filters + f) * head.firstWidth, y, 0, y.length);
        }
      }
    }
  }
}
