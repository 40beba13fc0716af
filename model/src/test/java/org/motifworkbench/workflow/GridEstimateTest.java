package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridEstimateTest {

  @Test
  void epochsLeftScaledByNetworkSize() {
    // measured: 10 s per epoch for 1,000 weights
    GridEstimate e =
        GridEstimate.of(
            10,
            1_000,
            List.of(
                new GridEstimate.Work(1_000, 4), // the measured one, 4 epochs left: 40 s
                new GridEstimate.Work(2_000, 5), // twice the weights: 100 s
                new GridEstimate.Work(500, 5))); // half: 25 s
    assertEquals(165, e.seconds(), 1e-9);
    assertEquals(14, e.epochs());
    assertEquals(3, e.combinations());
    assertEquals("at most ~3 min (early stopping may end runs sooner)", e.text());
  }

  @Test
  void nothingLeftIsNoTime() {
    GridEstimate e = GridEstimate.of(3, 100, List.of(new GridEstimate.Work(100, 0)));
    assertEquals(0, e.seconds());
    assertEquals(0, e.combinations());
  }

  @Test
  void durationsReadAsAPersonWouldSayThem() {
    assertEquals("40 s", GridEstimate.duration(39.2));
    assertEquals("2 min", GridEstimate.duration(61));
    assertEquals("119 min", GridEstimate.duration(119 * 60 - 5));
    assertEquals("2.5 h", GridEstimate.duration(2.45 * 3600));
  }

  @Test
  void needsAMeasurement() {
    assertThrows(IllegalArgumentException.class, () -> GridEstimate.of(Double.NaN, 10, List.of()));
    assertThrows(IllegalArgumentException.class, () -> GridEstimate.of(1, 0, List.of()));
  }
}
