package org.motifworkbench.network.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.NetworkWeights;

/**
 * The scan's hidden-layer kernels, four windows by four vectors (chosen with AVX-512) and two
 * windows by four (AVX2), give the same logits to the bit: a machine runs only one of them in
 * {@code SharedWindowLogitsTest}, which checks it against the double-precision reference, so this
 * test carries that check over to the other. Widths of 40 and 100 outputs leave vectors over for
 * the single-vector path, and 32, 7 and 1 windows leave windows over for the one-window path.
 */
class FoldedHeadTest {

  @Test
  void bothHiddenLayerKernelsGiveTheSameLogits() {
    NetworkSpec spec =
        new NetworkSpec(
            1,
            List.of(3, 5),
            8,
            0.0,
            true,
            List.of(40, 100),
            List.of(0.1, 0.1),
            0.9,
            1e-5,
            "pytorch");
    PackedWeights packed = PackedWeights.of(NetworkWeights.zeros(spec, 2));
    SplittableRandom random = new SplittableRandom(11);
    for (PackedWeights.Dense d : packed.dense) {
      fill(d.weight, 0.3, random);
      fill(d.bias, 0.1, random);
      // batch norms off the identity (the zero weights' gamma of 0 would cut every input)
      Arrays.fill(d.gamma, 1.2f);
      fill(d.beta, 0.1, random);
      fill(d.runningMean, 0.1, random);
      Arrays.fill(d.runningVar, 0.8f);
    }
    fill(packed.outWeight, 0.3, random);
    fill(packed.outBias, 0.1, random);
    try (CpuInference inference = new CpuInference(packed, 20, 1)) {
      FoldedHead wide = new FoldedHead(inference, true);
      FoldedHead narrow = new FoldedHead(inference, false);
      for (int count : new int[] {FoldedHead.BLOCK, 7, 1}) {
        float[] pre = new float[FoldedHead.BLOCK * wide.firstWidth];
        for (int w = 0; w < count; w++) {
          for (int k = 0; k < 40; k++) {
            // after the first layer's ReLU: about half zero, in a different pattern per window
            pre[w * wide.firstWidth + k] = random.nextBoolean() ? (float) random.nextDouble() : 0f;
          }
        }
        float[] a = new float[count];
        float[] b = new float[count];
        wide.logits(pre, count, a, 0, wide.scratch());
        narrow.logits(pre, count, b, 0, narrow.scratch());
        assertArrayEquals(a, b, count + " windows");
        float[] sorted = a.clone();
        Arrays.sort(sorted);
        assertTrue(count == 1 || sorted[0] < sorted[count - 1], "logits differ between windows");
        assertTrue(Math.abs(a[0]) > 1e-3, "a logit away from zero: " + a[0]);
      }
    }
  }

  private static void fill(float[] v, double size, SplittableRandom random) {
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((2 * random.nextDouble() - 1) * size);
    }
  }
}
