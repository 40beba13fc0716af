package org.motifworkbench.network.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.motifworkbench.encoding.OneHotEncoder;
import org.motifworkbench.network.DropoutMask;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.NetworkWeights;

/**
 * The hand-written backward pass of {@link CpuNetwork} with dropout on: every parameter's gradient
 * agrees with a finite difference of the loss along a random direction; and the masks themselves.
 */
class CpuNetworkTest {

  private static final int LENGTH = 24;
  private static final int BATCH = 12;

  /**
   * Finite-difference steps, largest first: the first over which the loss is smooth is used, else
   * the last (see {@link #tolerance}).
   */
  private static final double[] STEPS = {2e-3, 1e-3, 5e-4, 2.5e-4, 1.25e-4};

  @Test
  void gradientsMatchFiniteDifferencesWithDropout() {
    for (boolean attention : new boolean[] {true, false}) {
      NetworkSpec spec =
          new NetworkSpec(
              1, List.of(3, 6), 5, 0.3, attention, List.of(8), List.of(0.4), 0.9, 1e-5, "pytorch");
      try (CpuNetwork net =
          new CpuNetwork(PackedWeights.of(NetworkWeights.zeros(spec, 2)), LENGTH, BATCH, 2)) {
        randomise(net, spec.filters(), new SplittableRandom(5));
        float[] x = new float[BATCH * 4 * LENGTH];
        int[] labels = new int[BATCH];
        SplittableRandom r = new SplittableRandom(7);
        for (int s = 0; s < BATCH; s++) {
          StringBuilder b = new StringBuilder();
          for (int p = 0; p < LENGTH; p++) {
            b.append(s == 0 && p == 4 ? 'N' : "ACGT".charAt(r.nextInt(4)));
          }
          OneHotEncoder.encode(b, x, s * 4 * LENGTH, LENGTH);
          labels[s] = s % 2;
        }
        float[] weights = {1f, 1.5f};
        long seed = 99;
        List<CpuNetwork.Tensor> tensors = net.trainable();
        clearGradients(tensors);
        double base = net.gradients(x, BATCH, labels, weights, seed);
        // the loss evaluations below add to the gradients: keep this step's
        List<float[]> gradients = tensors.stream().map(t -> t.grad.clone()).toList();
        for (int t = 0; t < tensors.size(); t++) {
          CpuNetwork.Tensor tensor = tensors.get(t);
          float[] grad = gradients.get(t);
          float[] direction = new float[tensor.value.length];
          double analytic = 0;
          for (int i = 0; i < direction.length; i++) {
            if (tensor.value[i] != 0f || grad[i] != 0f) {
              direction[i] = r.nextBoolean() ? 1f : -1f;
              analytic += direction[i] * grad[i];
            }
          }
          String what = "tensor " + t + " (attention " + attention + ")";
          double numeric = Double.NaN;
          for (double h : STEPS) {
            double plus = lossAt(net, tensor, direction, h, x, labels, weights, seed);
            double minus = lossAt(net, tensor, direction, -h, x, labels, weights, seed);
            numeric = (plus - minus) / (2 * h);
            double bend = Math.abs((plus - base) / h - (base - minus) / h);
            if (bend <= tolerance(numeric) / 2) {
              break;
            }
          }
          assertEquals(numeric, analytic, tolerance(numeric), what);
        }
      }
    }
  }

  /**
   * How far a gradient may differ from its central difference (the same bound at every step). The
   * step is the largest over which the loss is smooth: a ReLU input or a max-pooling winner within
   * h of switching bends the loss, and the central difference then mixes the slopes of both sides.
   * A bend shows as one-sided slopes that differ by twice the central difference's error, while a
   * smooth loss's differ by only h times its curvature; so the step is halved until they agree
   * within half this bound. Why: with some masks two dense pre-activations sat at -9e-4 and
   * -1.6e-3, and the dense bias's difference read -2.528 at h = 2e-3 against -2.997 analytic
   * (-2.984, -2.994, -2.996 at h = 1e-3, 5e-4, 2.5e-4). Much smaller steps drown in the float
   * forward pass's rounding (differences scatter by ~2e-3 at h = 3e-5).
   */
  private static double tolerance(double numeric) {
    return 2e-3 + 0.05 * Math.abs(numeric);
  }

  private static double lossAt(
      CpuNetwork net,
      CpuNetwork.Tensor tensor,
      float[] direction,
      double h,
      float[] x,
      int[] labels,
      float[] weights,
      long seed) {
    float[] saved = tensor.value.clone();
    for (int i = 0; i < saved.length; i++) {
      tensor.value[i] = (float) (saved[i] + h * direction[i]);
    }
    net.weightsChanged();
    double loss = net.gradients(x, BATCH, labels, weights, seed);
    System.arraycopy(saved, 0, tensor.value, 0, saved.length);
    net.weightsChanged();
    return loss;
  }

  private static void clearGradients(List<CpuNetwork.Tensor> tensors) {
    for (CpuNetwork.Tensor t : tensors) {
      java.util.Arrays.fill(t.grad, 0f);
    }
  }

  /** Random weights on the real filters (the padding channels stay zero, as in use). */
  private static void randomise(CpuNetwork net, int filters, SplittableRandom r) {
    int padded = net.paddedFilters();
    for (CpuNetwork.BranchParams b : net.branches) {
      for (int i = 0; i < b.convWeight.value.length; i++) {
        if (i % padded < filters) {
          b.convWeight.value[i] = (float) (0.5 * r.nextGaussian());
        }
      }
      for (int f = 0; f < filters; f++) {
        b.convBias.value[f] = (float) (0.1 * r.nextGaussian());
        b.gamma.value[f] = (float) (1 + 0.2 * r.nextGaussian());
        b.beta.value[f] = (float) (0.2 * r.nextGaussian());
        if (b.attentionWeight != null) {
          b.attentionWeight.value[f] = (float) (0.5 * r.nextGaussian());
        }
      }
      if (b.attentionBias != null) {
        b.attentionBias.value[0] = 0.1f;
      }
    }
    for (CpuNetwork.DenseParams d : net.dense) {
      for (int i = 0; i < d.weight.value.length; i++) {
        d.weight.value[i] = (float) (0.3 * r.nextGaussian());
      }
      for (int u = 0; u < d.out; u++) {
        d.gamma.value[u] = (float) (1 + 0.2 * r.nextGaussian());
        d.beta.value[u] = (float) (0.2 * r.nextGaussian());
      }
    }
    for (int i = 0; i < net.outWeight.value.length; i++) {
      net.outWeight.value[i] = (float) (0.3 * r.nextGaussian());
    }
    net.weightsChanged();
  }

  @Test
  void masksDropTheRateAndScaleTheRest() {
    int threshold = (int) Math.round(0.2 * 65536);
    float keep = 1 / 0.8f;
    int dropped = 0;
    int n = 1_000_000;
    for (int i = 0; i < n; i++) {
      float v = DropoutMask.value(12345, i, threshold, keep);
      assertTrue(v == 0f || v == keep);
      dropped += v == 0f ? 1 : 0;
    }
    assertEquals(0.2, (double) dropped / n, 0.002);
    // the vector form gives the same values as the scalar form, lane by lane
    for (int index = 0; index < 4096; index += 16) {
      float[] lanes = Kernels.maskVector(-7, index, threshold, keep).toArray();
      for (int i = 0; i < lanes.length; i++) {
        assertEquals(DropoutMask.value(-7, index + i, threshold, keep), lanes[i]);
      }
    }
    // different seeds, different masks
    int same = 0;
    for (int i = 0; i < 10_000; i++) {
      same +=
          DropoutMask.value(1, i, threshold, keep) == DropoutMask.value(2, i, threshold, keep)
              ? 1
              : 0;
    }
    assertTrue(same < 7_500, "masks of two seeds agree at " + same + " of 10,000");
  }
}
