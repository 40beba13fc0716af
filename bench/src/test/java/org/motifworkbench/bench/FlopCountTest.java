package org.motifworkbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.network.NetworkPreset;

/** The analytic FLOP counts behind the benchmark's GFLOP/s, against values counted by hand. */
class FlopCountTest {

  static Stream<Arguments> networks() {
    return Stream.of(
        // tutorial, 200 bp, 2 classes: convolutions 2 x 4 x 64 x 200 x (3+7+15+25),
        // attention 2 x 64 x 200 x 4, dense 2 x (256 x 256 + 256 x 128 + 128 x 1)
        Arguments.of(NetworkPreset.TUTORIAL, 200, 2, 5_120_000, 102_400, 196_864),
        // three classes: the output layer has three units instead of one
        Arguments.of(NetworkPreset.TUTORIAL, 200, 3, 5_120_000, 102_400, 197_376),
        // teaching, 100 bp: 2 x 4 x 16 x 100 x (7+15), 2 x 16 x 100 x 2, 2 x (32 x 32 + 32 x 1)
        Arguments.of(NetworkPreset.TEACHING, 100, 2, 281_600, 6_400, 2_112));
  }

  @ParameterizedTest
  @MethodSource("networks")
  void countsEachKindOfLayer(
      NetworkPreset preset, int length, int classes, double conv, double attention, double dense) {
    FlopCount count = FlopCount.of(preset.spec(), length, classes);
    assertEquals(new FlopCount(conv, attention, dense), count);
    assertEquals(conv + attention + dense, count.forward());
    // backward: weight gradients everywhere, input gradients everywhere but the first layer
    assertEquals(count.forward() + conv + 2 * (attention + dense), count.training());
  }

  @Test
  void tutorialFiguresQuotedInTheReadme() {
    FlopCount count = FlopCount.of(NetworkPreset.TUTORIAL.spec(), 200, 2);
    assertEquals(5_419_264, count.forward());
    assertEquals(11_137_792, count.training());
    assertEquals(71.28, count.training() * 6_400 / 1e9, 0.005);
  }
}
