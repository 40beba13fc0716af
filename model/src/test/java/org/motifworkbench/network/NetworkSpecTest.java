package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network's own checks that depend on the data: kernels against the input length. */
class NetworkSpecTest {

  private static NetworkSpec withKernels(Integer... sizes) {
    NetworkSpec d = NetworkPreset.DEFAULT.spec();
    return new NetworkSpec(
        d.version(),
        List.of(sizes),
        d.filters(),
        d.convDropout(),
        d.attention(),
        d.denseUnits(),
        d.denseDropouts(),
        d.batchNormMomentum(),
        d.batchNormEpsilon(),
        d.initializer());
  }

  @Test
  void kernelsThatFitTheInputAreFine() {
    assertEquals(List.of(), withKernels(3, 7, 15, 25).problemsForInputLength(25));
    assertEquals(List.of(), withKernels(3, 7, 15, 25).problemsForInputLength(200));
    assertEquals(List.of(), withKernels(1).problemsForInputLength(1));
  }

  @Test
  void oneKernelLongerThanTheInputIsNamed() {
    assertEquals(
        List.of(
            "Kernel size 25 is longer than the input length of 24 bases: use kernel"
                + " sizes of at most 24, or a longer input length."),
        withKernels(3, 7, 15, 25).problemsForInputLength(24));
  }

  @Test
  void everyKernelLongerThanTheInputIsNamedInOneMessage() {
    assertEquals(
        List.of(
            "Kernel sizes 15, 25 are longer than the input length of 12 bases: use"
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
    NetworkSpec bad =
        new NetworkSpec(
            d.version(),
            List.of(3, 0),
            5000,
            1.5,
            true,
            List.of(64),
            List.of(0.5, 0.3),
            d.batchNormMomentum(),
            d.batchNormEpsilon(),
            d.initializer());
    String perLayer = "Give one dropout rate per dense layer (1 layers, 2 rates).";
    assertEquals(
        Map.of(
            "kernelSizes", List.of("Kernel sizes must be between 1 and 101 each (got 0)."),
            "filters", List.of("Filters per branch must be between 1 and 1024 (got 5000)."),
            "convDropout", List.of("Convolution dropout must be at least 0 and below 1 (got 1.5)."),
            "denseUnits", List.of(perLayer),
            "denseDropouts", List.of(perLayer)),
        bad.problemsBySetting());
    assertEquals(
        List.of(
            "Kernel sizes must be between 1 and 101 each (got 0).",
            "Filters per branch must be between 1 and 1024 (got 5000).",
            "Convolution dropout must be at least 0 and below 1 (got 1.5).",
            perLayer),
        bad.validate());
    assertEquals(Map.of(), d.problemsBySetting());
  }

  @Test
  void theDeepBindPresetNeedsTwentyFourBases() {
    assertEquals(1, NetworkPreset.DEEPBIND.spec().problemsForInputLength(23).size());
    assertEquals(List.of(), NetworkPreset.DEEPBIND.spec().problemsForInputLength(24));
  }

  @Test
  void thePresetsKeepTheirValues() {
    int v = NetworkSpec.CURRENT_VERSION;
    assertEquals(
        new NetworkSpec(
            v,
            List.of(3, 7, 15, 25),
            64,
            0.2,
            true,
            List.of(256, 128),
            List.of(0.5, 0.3),
            0.99,
            1e-3,
            "glorot"),
        NetworkPreset.TUTORIAL.spec());
    assertEquals(
        new NetworkSpec(
            v,
            List.of(3, 7, 15, 25),
            64,
            0.2,
            true,
            List.of(256, 128),
            List.of(0.5, 0.3),
            0.9,
            1e-5,
            "pytorch"),
        NetworkPreset.DEFAULT.spec());
    assertEquals(
        new NetworkSpec(
            v, List.of(7, 15), 16, 0.0, true, List.of(32), List.of(0.2), 0.9, 1e-5, "pytorch"),
        NetworkPreset.TEACHING.spec());
    assertEquals(
        new NetworkSpec(
            v, List.of(24), 128, 0.0, false, List.of(32), List.of(0.5), 0.9, 1e-5, "pytorch"),
        NetworkPreset.DEEPBIND.spec());
  }

  @Test
  void theBuilderChangesOnlyTheSettingsNamed() {
    for (NetworkPreset preset : NetworkPreset.values()) {
      assertEquals(preset.spec(), preset.spec().toBuilder().build());
    }
    NetworkSpec d = NetworkPreset.DEFAULT.spec();
    assertEquals(
        new NetworkSpec(
            d.version(),
            d.kernelSizes(),
            48,
            d.convDropout(),
            false,
            List.of(16),
            List.of(0.1),
            d.batchNormMomentum(),
            d.batchNormEpsilon(),
            "he"),
        d.toBuilder()
            .setFilters(48)
            .optAttention(false)
            .optDenseLayers(List.of(16), List.of(0.1))
            .optInitializer("he")
            .build());
    assertEquals(d.toBuilder().setKernelSizes(List.of(5)).build(), d.withKernelSizes(List.of(5)));
  }

  @Test
  void aNewSpecNeedsKernelsAndFilters() {
    assertEquals(
        new NetworkSpec(
            NetworkSpec.CURRENT_VERSION,
            List.of(9),
            4,
            0,
            true,
            List.of(),
            List.of(),
            0.9,
            1e-5,
            "pytorch"),
        NetworkSpec.builder().setKernelSizes(List.of(9)).setFilters(4).build());
    assertThrows(
        IllegalStateException.class,
        () -> NetworkSpec.builder().setKernelSizes(List.of(9)).build());
    assertThrows(IllegalStateException.class, () -> NetworkSpec.builder().setFilters(4).build());
  }
}
