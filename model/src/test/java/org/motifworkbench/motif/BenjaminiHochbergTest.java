package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

  /**
   * p = .01 .04 .03 .2, n = 4. Sorted .01 .03 .04 .2 give p n / rank = .04 .06 .0533 .2; the
   * running minimum from the largest rank down gives .04 .0533 .0533 .2, back in input order.
   */
  @Test
  void byHand() {
    double[] q = BenjaminiHochberg.qValues(new double[] {0.01, 0.04, 0.03, 0.2});
    assertArrayEquals(new double[] {0.04, 0.16 / 3, 0.16 / 3, 0.2}, q, 1e-12);
  }

  @Test
  void neverAboveOne() {
    double[] q = BenjaminiHochberg.qValues(new double[] {0.9, 1, 0.95});
    assertArrayEquals(new double[] {1, 1, 1}, q, 1e-12);
  }
}
