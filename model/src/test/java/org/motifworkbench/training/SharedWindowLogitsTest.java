package org.motifworkbench.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.encoding.OneHotEncoder;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.NetworkWeights;
import org.motifworkbench.network.SequenceClassifier;

/**
 * A scan's window logits on the Java kernels with shared feature maps ({@code
 * SequenceClassifier.windowLogits(..., true)}) against {@link ReferenceNetwork} scoring each window
 * with its real neighbouring bases as convolution context; without sharing, against the logits of
 * the windows cut out. Random weights with every batch norm moved off the identity, stretches with
 * N, IUPAC codes and lower case, several network shapes, steps and first windows.
 */
class SharedWindowLogitsTest {

  static Stream<Arguments> networks() {
    return Stream.of(
        Arguments.of("tutorial", NetworkPreset.TUTORIAL.spec(), 200, 2),
        Arguments.of("teaching", NetworkPreset.TEACHING.spec(), 60, 2),
        Arguments.of("deepbind (max pooling)", NetworkPreset.DEEPBIND.spec(), 50, 2),
        Arguments.of(
            "max pooling, even kernels, three classes",
            spec(List.of(4, 2, 9), false, List.of(12, 7)),
            40,
            3),
        Arguments.of(
            "two dense layers, the second 100 wide",
            spec(List.of(6, 11), true, List.of(32, 100)),
            36,
            2),
        Arguments.of("attention, no dense layers", spec(List.of(8, 3), true, List.of()), 30, 2),
        Arguments.of(
            "attention, no dense layers, three classes", spec(List.of(5), true, List.of()), 20, 3),
        Arguments.of(
            "kernel wider than the window", spec(List.of(25, 6), true, List.of(10)), 16, 2));
  }

  private static NetworkSpec spec(List<Integer> kernels, boolean attention, List<Integer> dense) {
    return new NetworkSpec(
        1,
        kernels,
        11,
        0.2,
        attention,
        dense,
        dense.stream().map(d -> 0.1).toList(),
        0.9,
        1e-5,
        "pytorch");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void sharedFeatureMapsEqualTheReferenceWithContext(
      String name, NetworkSpec spec, int length, int classes) {
    String bases = stretch(3 * length + 17, 5);
    int m = bases.length();
    float[] encoded = new float[4 * m];
    OneHotEncoder.encode(bases, encoded, 0, m);
    try (SequenceClassifier c = perturbed(spec, classes, length)) {
      NetworkWeights w = c.weights();
      int[][] cases = {{0, 1}, {7, 3}, {2, 50}, {m - length, 1}};
      double spread = 0;
      for (int[] at : cases) {
        int first = at[0];
        int step = at[1];
        int count = (m - length - first) / step + 1;
        float[] got = c.windowLogits(bases, first, count, step, true);
        int outputs = w.outputs();
        assertEquals(count * outputs, got.length);
        // every window of short networks; the tutorial's reference is slow, every 7th there
        int every = length > 100 && step == 1 ? 7 : 1;
        for (int i = 0; i < count; i += every) {
          int start = first + i * step;
          double[] expected = ReferenceNetwork.windowLogits(w, encoded, m, start, length);
          for (int o = 0; o < outputs; o++) {
            assertEquals(
                expected[o],
                got[i * outputs + o],
                1e-4 * Math.max(1, Math.abs(expected[o])),
                "first " + first + ", step " + step + ", window " + i + ", output " + o);
            spread = Math.max(spread, Math.abs(got[i * outputs + o] - got[o]));
          }
        }
      }
      assertTrue(spread > 1e-3, "the logits differ between windows: " + spread);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void windowsAloneEqualTheLogitsOfTheWindowsCutOut(
      String name, NetworkSpec spec, int length, int classes) {
    String bases = stretch(2 * length + 300, 8);
    try (SequenceClassifier c = perturbed(spec, classes, length)) {
      int first = 3;
      int step = 2;
      int count = (bases.length() - length - first) / step + 1;
      List<String> windows = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        windows.add(bases.substring(first + i * step, first + i * step + length));
      }
      assertArrayEquals(
          c.logits(windows, 64), c.windowLogits(bases, first, count, step, false), 1e-6f);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void aStretchOneWindowLongScoresAsTheWindowAlone(
      String name, NetworkSpec spec, int length, int classes) {
    try (SequenceClassifier c = perturbed(spec, classes, length)) {
      for (long seed = 1; seed <= 3; seed++) {
        String bases = stretch(length, seed);
        float[] alone = c.logits(List.of(bases), 1);
        float[] shared = c.windowLogits(bases, 0, 1, 1, true);
        for (int o = 0; o < alone.length; o++) {
          assertEquals(alone[o], shared[o], 1e-5 * Math.max(1, Math.abs(alone[o])), "output " + o);
        }
      }
    }
  }

  @Test
  void windowsFromMoreThanOneCallAgree() {
    // the scan lane cuts a chromosome into chunks with context: a window's logits must not depend
    // on where its chunk starts, as long as the chunk holds the window and its context
    int length = 40;
    String bases = stretch(900, 3);
    try (SequenceClassifier c = perturbed(NetworkPreset.TEACHING.spec(), 2, length)) {
      float[] whole = c.windowLogits(bases, 0, bases.length() - length + 1, 1, true);
      int from = 300;
      int context = 10;
      String chunk = bases.substring(from - context, 700 + length + context);
      float[] part = c.windowLogits(chunk, context, 401, 1, true);
      for (int i = 0; i < part.length; i++) {
        assertEquals(whole[from + i], part[i], 1e-4 * Math.max(1, Math.abs(part[i])), "" + i);
      }
    }
  }

  /** Random bases, about one in ten an N, an IUPAC code or lower case. */
  private static String stretch(int length, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < length; j++) {
      b.append(
          r.nextInt(10) == 0 ? "acgtNRYSWKMN".charAt(r.nextInt(12)) : "ACGT".charAt(r.nextInt(4)));
    }
    return b.toString();
  }

  /** A model on the Java kernels whose every parameter and statistic moved off its start. */
  private static SequenceClassifier perturbed(NetworkSpec spec, int classes, int length) {
    List<String> names = classes == 2 ? List.of("negative", "positive") : List.of("a", "b", "c");
    SequenceClassifier c =
        SequenceClassifier.create(spec, names, length, 9, "cpu", Optional.of(Backend.JAVA_KERNELS));
    NetworkWeights w = c.weights();
    SplittableRandom r = new SplittableRandom(17);
    for (NetworkWeights.Branch b : w.branches()) {
      jitter(b.convWeight(), 0.3, r);
      jitter(b.convBias(), 0.2, r);
      perturb(b.norm(), r);
      if (b.attentionWeight() != null) {
        jitter(b.attentionWeight(), 0.5, r);
        jitter(b.attentionBias(), 0.5, r);
      }
    }
    for (NetworkWeights.Dense d : w.dense()) {
      jitter(d.weight(), 0.1, r);
      jitter(d.bias(), 0.3, r);
      perturb(d.norm(), r);
    }
    jitter(w.outputWeight(), 1, r);
    jitter(w.outputBias(), 0.5, r);
    c.setWeights(w);
    return c;
  }

  private static void perturb(NetworkWeights.Norm n, SplittableRandom r) {
    jitter(n.gamma(), 0.5, r);
    jitter(n.beta(), 0.5, r);
    jitter(n.runningMean(), 0.3, r);
    for (int i = 0; i < n.runningVar().length; i++) {
      n.runningVar()[i] = 0.5f + (float) r.nextDouble();
    }
  }

  private static void jitter(float[] v, double size, SplittableRandom r) {
    for (int i = 0; i < v.length; i++) {
      v[i] += (float) (size * (r.nextDouble() - 0.5));
    }
  }
}
