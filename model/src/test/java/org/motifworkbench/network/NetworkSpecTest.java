package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
  void theDeepBindPresetNeedsTwentyFourBases() {
    assertEquals(1, NetworkPreset.DEEPBIND.spec().problemsForInputLength(23).size());
    assertEquals(List.of(), NetworkPreset.DEEPBIND.spec().problemsForInputLength(24));
  }
}
