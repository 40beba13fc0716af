package org.motifworkbench.network.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.encoding.OneHotEncoder;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.ComputeBackend;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.NetworkWeights;
import org.motifworkbench.network.NormShift;
import org.motifworkbench.network.TrainingSteps;
import org.motifworkbench.network.WeightStore;

/**
 * The shortcuts of {@link CpuExplanations} against the long way on the same kernels: path gradients
 * summed after one transposed convolution equal the sum of every step's input gradients, and
 * substitution scores from the recomputed window equal full predictions of every variant; the
 * interface's own (batched) versions agree too. Random weights, attention and max pooling, two and
 * three classes, odd and even kernels, an N in the sequence.
 */
class CpuExplanationsTest {

  private static final int LENGTH = 40;

  static Stream<Arguments> networks() {
    return Stream.of(
        Arguments.of(spec(List.of(3, 8), true, List.of(12, 5)), 2),
        Arguments.of(spec(List.of(5, 2), false, List.of(12)), 3),
        Arguments.of(spec(List.of(15), true, List.of()), 2));
  }

  private static NetworkSpec spec(List<Integer> kernels, boolean attention, List<Integer> dense) {
    return new NetworkSpec(
        1,
        kernels,
        6,
        0.2,
        attention,
        dense,
        dense.stream().map(d -> 0.1).toList(),
        0.9,
        1e-5,
        "pytorch");
  }

  @ParameterizedTest
  @MethodSource("networks")
  void pathGradientSumEqualsTheSumOfEveryStepsGradients(NetworkSpec spec, int classes) {
    try (JavaKernels kernels = kernels(spec, classes)) {
      float[] input = OneHotEncoder.encode(sequence(11), LENGTH);
      float[] baseline = OneHotEncoder.encode("", LENGTH);
      int steps = 17;
      for (int cls = 0; cls < classes; cls++) {
        float[] fast = kernels.pathGradientSum(input, baseline, steps, cls);
        float[] stepwise = stepwiseSum(kernels, input, baseline, steps, cls);
        float[] batched = delegating(kernels).pathGradientSum(input, baseline, steps, cls);
        double scale = maxAbs(stepwise);
        assertTrue(scale > 1e-3, "the gradients are not all zero: " + scale);
        for (int j = 0; j < fast.length; j++) {
          assertEquals(stepwise[j], fast[j], 1e-4 * scale, "class " + cls + ", input " + j);
          assertEquals(stepwise[j], batched[j], 1e-4 * scale, "class " + cls + ", input " + j);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("networks")
  void substitutionScoresEqualFullPredictionsOfEveryVariant(NetworkSpec spec, int classes) {
    try (JavaKernels kernels = kernels(spec, classes)) {
      String sequence = sequence(23);
      float[] input = OneHotEncoder.encode(sequence, LENGTH);
      for (int cls = 0; cls < classes; cls++) {
        ComputeBackend.Substitutions fast = kernels.substitutionScores(input, cls);
        ComputeBackend.Substitutions batched = delegating(kernels).substitutionScores(input, cls);
        float reference = score(kernels, input, cls);
        assertEquals(reference, fast.reference(), 1e-4 * Math.max(1, Math.abs(reference)));
        assertEquals(reference, batched.reference(), 1e-4 * Math.max(1, Math.abs(reference)));
        double spread = 0;
        for (int p = 0; p < LENGTH; p++) {
          for (int c = 0; c < 4; c++) {
            float[] variant = input.clone();
            for (int k = 0; k < 4; k++) {
              variant[k * LENGTH + p] = k == c ? 1f : 0f;
            }
            float expected = score(kernels, variant, cls);
            spread = Math.max(spread, Math.abs(expected - reference));
            String where = "class " + cls + ", position " + p + ", base " + c;
            double tolerance = 1e-4 * Math.max(1, Math.abs(expected));
            assertEquals(expected, fast.scores()[c * LENGTH + p], tolerance, where);
            assertEquals(expected, batched.scores()[c * LENGTH + p], tolerance, where);
          }
        }
        assertTrue(spread > 1e-3, "substitutions change the score: " + spread);
      }
    }
  }

  /** Random sequence with an N at position 5 (a fractional input column). */
  private static String sequence(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int p = 0; p < LENGTH; p++) {
      b.append(p == 5 ? 'N' : "ACGT".charAt(r.nextInt(4)));
    }
    return b.toString();
  }

  private static float[] stepwiseSum(
      JavaKernels kernels, float[] input, float[] baseline, int steps, int cls) {
    float[] sum = new float[input.length];
    for (int s = 0; s < steps; s++) {
      float alpha = (s + 0.5f) / steps;
      float[] point = new float[input.length];
      for (int j = 0; j < point.length; j++) {
        point[j] = baseline[j] + alpha * (input[j] - baseline[j]);
      }
      float[] g = kernels.inputGradients(point, 1, cls).values();
      for (int j = 0; j < sum.length; j++) {
        sum[j] += g[j];
      }
    }
    return sum;
  }

  private static float score(JavaKernels kernels, float[] encoded, int cls) {
    float[] logits = kernels.logits(encoded, 1);
    return logits.length == 1 ? (cls == 1 ? logits[0] : -logits[0]) : logits[cls];
  }

  private static double maxAbs(float[] values) {
    double m = 0;
    for (float v : values) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  private static JavaKernels kernels(NetworkSpec spec, int classes) {
    NetworkWeights weights = NetworkWeights.zeros(spec, classes);
    SplittableRandom r = new SplittableRandom(3);
    for (NetworkWeights.Branch b : weights.branches()) {
      fill(b.convWeight(), r, 0.5, 0);
      fill(b.convBias(), r, 0.1, 0);
      norm(b.norm(), r);
      if (b.attentionWeight() != null) {
        fill(b.attentionWeight(), r, 0.5, 0);
        b.attentionBias()[0] = 0.1f;
      }
    }
    for (NetworkWeights.Dense d : weights.dense()) {
      fill(d.weight(), r, 0.5, 0);
      fill(d.bias(), r, 0.1, 0.5);
      norm(d.norm(), r);
    }
    fill(weights.outputWeight(), r, 0.3, 0);
    fill(weights.outputBias(), r, 0.1, 0);
    WeightStore store =
        new WeightStore() {
          @Override
          public NetworkWeights read() {
            return weights.copy();
          }

          @Override
          public void write(NetworkWeights changed) {
            throw new AssertionError("explanations write no weights");
          }
        };
    return new JavaKernels(spec, LENGTH, store, 2);
  }

  private static void norm(NetworkWeights.Norm n, SplittableRandom r) {
    fill(n.gamma(), r, 0.2, 1);
    fill(n.beta(), r, 0.2, 0);
    fill(n.runningMean(), r, 0.1, 0.2);
    for (int i = 0; i < n.runningVar().length; i++) {
      n.runningVar()[i] = (float) (0.5 + r.nextDouble());
    }
  }

  private static void fill(float[] values, SplittableRandom r, double sd, double mean) {
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) (mean + sd * r.nextGaussian());
    }
  }

  /** The kernels seen through the interface's own path sums and substitution scores. */
  private static ComputeBackend delegating(JavaKernels kernels) {
    return new ComputeBackend() {
      @Override
      public Backend backend() {
        return kernels.backend();
      }

      @Override
      public float[] logits(float[] encoded, int n) {
        return kernels.logits(encoded, n);
      }

      @Override
      public List<NormShift> calibrate(float[] encoded, int n) {
        return List.of();
      }

      @Override
      public boolean computesInputGradients() {
        return true;
      }

      @Override
      public InputGradients inputGradients(float[] encoded, int n, int classIndex) {
        return kernels.inputGradients(encoded, n, classIndex);
      }

      @Override
      public TrainingSteps startTraining(int maxBatch) {
        throw new UnsupportedOperationException("not trained here");
      }

      @Override
      public void weightsChanged() {
        kernels.weightsChanged();
      }

      @Override
      public void close() {}
    };
  }
}
