package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * First-layer activations (what filter motifs are built from) computed by the Java kernels equal
 * the engine's on the same weights: odd and even kernels, an N and a lowercase base.
 */
class FilterActivationsTest {

  @Test
  void theKernelsGiveTheEnginesActivations() {
    NetworkSpec spec =
        new NetworkSpec(
            1, List.of(3, 8), 6, 0.2, true, List.of(5), List.of(0.1), 0.9, 1e-5, "pytorch");
    List<String> classes = List.of("a", "b");
    List<String> sequences =
        List.of("ACGTNACGGTTACAGATTACAGGA", "acgtACGTTTTTGGGGCCCCAAAA", "GATTACAGATTACAGATTACAGAT");
    try (SequenceClassifier engine =
            SequenceClassifier.create(spec, classes, 24, 4, "cpu", Optional.of(Backend.ENGINE));
        SequenceClassifier kernels =
            SequenceClassifier.create(
                spec, classes, 24, 4, "cpu", Optional.of(Backend.JAVA_KERNELS))) {
      List<float[]> expected = engine.filterActivations(sequences);
      List<float[]> got = kernels.filterActivations(sequences);
      assertEquals(expected.size(), got.size());
      double largest = 0;
      for (int j = 0; j < expected.size(); j++) {
        assertEquals(expected.get(j).length, got.get(j).length, "branch " + j);
        for (int i = 0; i < expected.get(j).length; i++) {
          assertEquals(expected.get(j)[i], got.get(j)[i], 1e-5, "branch " + j + ", value " + i);
          largest = Math.max(largest, expected.get(j)[i]);
        }
      }
      assertTrue(largest > 0.01, "some filter is active: " + largest);
    }
  }
}
