package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkSizingTest {

  private static final NetworkSpec DEFAULT = NetworkPreset.DEFAULT.spec();

  @Test
  void aFewHundredSequencesGetTheSmallDefault() {
    NetworkSizing sized = NetworkSizing.of(DEFAULT, 384, 250);
    assertEquals(List.of(3, 7, 15, 25), sized.spec().kernelSizes());
    assertEquals(32, sized.spec().filters());
    assertEquals(List.of(64), sized.spec().denseUnits());
    assertEquals(List.of(0.3), sized.spec().denseDropouts());
    assertEquals(List.of(), sized.spec().validate());
    assertEquals(
        "Network: default, sized for 384 training sequences (fewer than 1,000) (kernels "
            + "3, 7, 15, 25 bp x 32 filters, attention, dense 64).",
        sized.summary());
  }

  @Test
  void largerSetsKeepTheFullDefault() {
    NetworkSizing sized = NetworkSizing.of(DEFAULT, 12_500, 101);
    assertEquals(DEFAULT, sized.spec());
    assertTrue(
        sized.summary().startsWith("Network: default, full size for 12,500 training"),
        sized.summary());
  }

  @Test
  void kernelsLongerThanTheInputAreLeftOut() {
    NetworkSizing sized = NetworkSizing.of(DEFAULT.withAttention(false), 5_000, 12);
    assertEquals(List.of(3, 7), sized.spec().kernelSizes());
    assertEquals(false, sized.spec().attention());
    assertTrue(
        sized.summary().contains("kernels longer than the 12-bp input left out"), sized.summary());
  }

  @Test
  void otherNetworksAreKeptAsSet() {
    NetworkSpec teaching = NetworkPreset.TEACHING.spec();
    assertSame(teaching, NetworkSizing.of(teaching, 100, 250).spec());
  }
}
