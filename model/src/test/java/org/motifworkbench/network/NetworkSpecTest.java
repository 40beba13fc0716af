package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network's own checks that depend on the data: kernels against the input length. */
class NetworkSpecTest {

  private static NetworkSpec withKernels(Integer... sizes) {
    NetworkSpec d = NetworkPreset.DEFAULT.spec();
    return new NetworkSpec(d.version(), List.of(sizes), d.filters(), d.convDropout(),
        d.attention(), d.denseUnits(), d.denseDropouts(), d.batchNormMomentum(),
        d.batchNormEpsilon(), d.initializer());
  }

  @Test
  void kernelsThatFitTheInputAreFine() {
    assertEquals(List.of(), withKernels(3, 7, 15, 25).problemsForInputLength(25));
    assertEquals(List.of(), withKernels(3, 7, 15, 25).problemsForInputLength(200));
    assertEquals(List.of(), withKernels(1).problemsForInputLength(1));
  }

  @Test
  void oneKernelLongerThanTheInputIsNamed() {
    assertEquals(List.of("Kernel size 25 is longer than the input length of 24 bases: use kernel"
        + " sizes of at most 24, or a longer input length."),
        withKernels(3, 7, 15, 25).problemsForInputLength(24));
  }

  @Test
  void everyKernelLongerThanTheInputIsNamedInOneMessage() {
    assertEquals(List.of("Kernel sizes 15, 25 are longer than the input length of 12 bases: use"
        + " kernel sizes of at most 12, or a longer input length."),
        withKernels(3, 7, 15, 25).problemsForInputLength(12));
  }

  @Test
  void anUnknownOrInvalidLengthIsLeftToItsOwnCheck() {
    assertEquals(List.of(), withKernels(25).problemsForInputLength(0));
    assertEquals(List.of(), withKernels(25).problemsForInputLength(-3));
  }

  @Test
  void problemsAreKeyedByTheSettingTheyConcernAndListedOnce() {
    NetworkSpec d = NetworkPreset.DEFAULT.spec();
    NetworkSpec bad = new NetworkSpec(d.version(), List.of(3, 0), 5000, 1.5, true, List.of(64),
        List.of(0.5, 0.3), d.batchNormMomentum(), d.batchNormEpsilon(), d.initializer());
    String perLayer = "Give one dropout rate per dense layer (1 layers, 2 rates).";
    assertEquals(Map.of(
        "kernelSizes", List.of("Kernel size 0 is out of range: use 1 to 101 bases."),
        "filters", List.of("Filters per branch must be between 1 and 1024 (got 5000)."),
        "convDropout", List.of("Convolution dropout must be at least 0 and below 1 (got 1.5)."),
        "denseUnits", List.of(perLayer),
        "denseDropouts", List.of(perLayer)), bad.problemsBySetting());
    assertEquals(List.of("Kernel size 0 is out of range: use 1 to 101 bases.",
        "Filters per branch must be between 1 and 1024 (got 5000).",
        "Convolution dropout must be at least 0 and below 1 (got 1.5).", perLayer),
        bad.validate());
    assertEquals(Map.of(), d.problemsBySetting());
  }

  @Test
  void theDeepBindPresetNeedsTwentyFourBases() {
    assertEquals(1, NetworkPreset.DEEPBIND.spec().problemsForInputLength(23).size());
    assertEquals(List.of(), NetworkPreset.DEEPBIND.spec().problemsForInputLength(24));
  }
}
