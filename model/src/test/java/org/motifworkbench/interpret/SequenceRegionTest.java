package org.motifworkbench.interpret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Regions of an explanation: the strongest window and slicing. */
class SequenceRegionTest {

  private static final float[] SCORES = {0.1f, -0.2f, 0, 0.5f, -0.9f, 0.3f, 0, 0, 0.1f, 0};

  @Test
  void theStrongestWindowHasTheLargestSummedMagnitude() {
    SequenceRegion all = new SequenceRegion(0, SCORES.length);
    // |-0.9| counts as much as +0.9: 0.5 + 0.9 + 0.3 = 1.7 at positions 3..5
    assertEquals(new SequenceRegion(3, 6), SequenceRegion.strongest(SCORES, 3, all));
    assertEquals(new SequenceRegion(4, 5), SequenceRegion.strongest(SCORES, 1, all));
    // searched only inside the given range (the bases, not the padding)
    assertEquals(
        new SequenceRegion(7, 9), SequenceRegion.strongest(SCORES, 2, new SequenceRegion(6, 9)));
    // a window as long as the range is the range
    assertEquals(all, SequenceRegion.strongest(SCORES, 50, all));
    // ties keep the first window
    assertEquals(
        new SequenceRegion(0, 2),
        SequenceRegion.strongest(new float[] {1, 1, 1, 1}, 2, new SequenceRegion(0, 4)));
  }

  @Test
  void aSliceIsTheStretchAsIfItWereTheSequence() {
    float[][] values = new float[SCORES.length][4];
    values[4][2] = -0.9f;
    Attribution a =
        new Attribution("ACGTGCATTA", 1, AttributionMethod.GRADIENT_X_INPUT, values, SCORES, 1.5f);
    Attribution slice = a.slice(new SequenceRegion(3, 6));
    assertEquals("TGC", slice.sequence());
    assertArrayEquals(new float[] {0.5f, -0.9f, 0.3f}, slice.perPosition());
    assertEquals(-0.9f, slice.values()[1][2]);
    assertEquals(1.5f, slice.score());
    assertThrows(IllegalArgumentException.class, () -> a.slice(new SequenceRegion(8, 11)));
    assertThrows(IllegalArgumentException.class, () -> new SequenceRegion(4, 4));
  }
}
