package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class DropoutMasksTest {

  private static float[] masked(int seed, double rate) {
    DjlRuntime.start();
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      NDArray ones = m.ones(new Shape(64, 64, 200));
      return new DropoutMasks().apply(ones, rate, seed).toFloatArray();
    }
  }

  /**
   * The engine's masks are DropoutMask's, at each element's logical index (what the kernels use).
   */
  @Test
  void theEngineUsesTheSharedMasksAtLogicalIndices() {
    int n = 3;
    int filters = 5;
    int length = 7;
    DjlRuntime.start();
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      float[] branch =
          new DropoutMasks().apply(m.ones(new Shape(n, filters, length)), 0.3, 42).toFloatArray();
      float[] dense = new DropoutMasks().apply(m.ones(new Shape(n, 11)), 0.3, 43).toFloatArray();
      int threshold = DropoutMask.threshold(0.3);
      float keep = DropoutMask.keep(0.3);
      for (int s = 0; s < n; s++) {
        for (int f = 0; f < filters; f++) {
          for (int p = 0; p < length; p++) {
            assertEquals(
                DropoutMask.value(42, (s * length + p) * filters + f, threshold, keep),
                branch[(s * filters + f) * length + p]);
          }
        }
      }
      for (int i = 0; i < dense.length; i++) {
        assertEquals(DropoutMask.value(43, i, threshold, keep), dense[i]);
      }
    }
  }

  @Test
  void keepsEachElementWithProbabilityOneMinusRateAndKeepsTheMean() {
    float[] out = masked(1, 0.2);
    int dropped = 0;
    double sum = 0;
    for (float v : out) {
      assertTrue(v == 0f || v == 1.25f, "kept values are scaled by 1 / (1 - rate): " + v);
      dropped += v == 0f ? 1 : 0;
      sum += v;
    }
    double n = out.length;
    // 819,200 Bernoulli(0.2) draws: standard deviation of the share 0.00044; allow 5 of them.
    assertEquals(0.2, dropped / n, 0.0023);
    assertEquals(1.0, sum / n, 0.003);
    // Independence of neighbours.
    int bothDropped = 0;
    for (int i = 0; i + 1 < out.length; i += 2) {
      bothDropped += out[i] == 0f && out[i + 1] == 0f ? 1 : 0;
    }
    assertEquals(0.04, bothDropped / (n / 2), 0.0015);
  }

  @Test
  void sameSeedGivesSameMasks() {
    assertArrayEquals(masked(7, 0.5), masked(7, 0.5));
    float[] a = masked(7, 0.5);
    float[] b = masked(8, 0.5);
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    assertEquals(0.5, same / (double) a.length, 0.01);
  }

  @Test
  void theBackwardPassUsesTheLayersOwnMaskThoughLaterLayersDrawTheirs() {
    DjlRuntime.start();
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      DropoutMasks masks = new DropoutMasks();
      NDArray x = m.ones(new Shape(1000));
      x.setRequiresGradient(true);
      try (GradientCollector collector = DjlRuntime.engine().newGradientCollector()) {
        NDArray first = masks.apply(x.reshape(10, 100), 0.5, 3);
        NDArray later = masks.apply(m.ones(new Shape(10, 100)), 0.5, 4);
        collector.backward(first.sum().add(later.sum().mul(0)));
        // d(sum(x * mask))/dx = mask, and with x = 1 the mask is the first output itself
        assertArrayEquals(first.toFloatArray(), x.getGradient().toFloatArray());
      }
    }
  }
}
