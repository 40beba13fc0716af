package org.motifworkbench.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;

/** The form's weight count equals the trainable weights of the network the engine builds. */
class ParameterCountTest {

  @ParameterizedTest
  @EnumSource(NetworkPreset.class)
  void matchesTheBuiltNetwork(NetworkPreset preset) {
    for (List<String> classes : List.of(List.of("a", "b"), List.of("a", "b", "c"))) {
      try (SequenceClassifier built = SequenceClassifier.create(preset.spec(), classes, 50, 1)) {
        assertEquals(
            built.weights().trainableCount(),
            ParameterCount.of(preset.spec(), classes.size()),
            preset + " with " + classes.size() + " classes");
      }
    }
  }
}
