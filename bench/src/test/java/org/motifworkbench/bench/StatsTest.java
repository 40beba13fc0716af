package org.motifworkbench.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void medianOfOddAndEvenCountsLeavesTheInputAlone() {
    double[] odd = {5, 1, 3};
    assertEquals(3, Stats.median(odd));
    assertArrayEquals(new double[] {5, 1, 3}, odd);
    assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
    assertEquals(7, Stats.median(new double[] {7}));
  }

  @Test
  void medianMillisRunsTheWarmUpUntimedThenTheRepeats() {
    AtomicInteger calls = new AtomicInteger();
    double ms = Stats.medianMillis(calls::incrementAndGet, 4, 3);
    assertEquals(7, calls.get());
    assertTrue(ms >= 0 && ms < 1000, "median " + ms + " ms");
  }
}
