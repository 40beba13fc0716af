package org.motifworkbench.interpret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spearman's rho against values computed by hand (scipy's definition: average ranks). */
class RankCorrelationTest {

  @Test
  void tiesShareTheAverageOfTheirRanks() {
    assertArrayEquals(
        new double[] {1, 2.5, 2.5, 4, 5},
        RankCorrelation.averageRanks(new float[] {1, 2, 2, 3, 5}),
        1e-12);
    assertArrayEquals(
        new double[] {3, 3, 1, 3},
        RankCorrelation.averageRanks(new float[] {0.5f, 0.5f, -1, 0.5f}),
        1e-12);
  }

  @Test
  void tiedSamplesGiveTheHandComputedValue() {
    // ranks a = 1, 2.5, 2.5, 4, 5 and b = 2, 1, 4.5, 4.5, 3 (means 3):
    // sum dx*dy = 2 + 1 - 0.75 + 1.5 + 0 = 3.75; sum dx^2 = sum dy^2 = 9.5; rho = 3.75 / 9.5
    // (scipy.stats.spearmanr gives 0.39473684...)
    double rho = RankCorrelation.spearman(new float[] {1, 2, 2, 3, 5}, new float[] {2, 1, 4, 4, 3});
    assertEquals(15.0 / 38, rho, 1e-12);
  }

  @Test
  void orderAloneMatters() {
    assertEquals(
        1.0, RankCorrelation.spearman(new float[] {1, 2, 3, 4}, new float[] {1, 10, 100, 1e4f}));
    assertEquals(
        -1.0, RankCorrelation.spearman(new float[] {1, 2, 3, 4}, new float[] {4, 3, 2, 1}), 1e-12);
  }

  @Test
  void aSampleWithoutSpreadCannotBeCorrelated() {
    assertTrue(
        Double.isNaN(RankCorrelation.spearman(new float[] {2, 2, 2}, new float[] {1, 2, 3})));
    assertTrue(Double.isNaN(RankCorrelation.spearman(new float[] {1}, new float[] {1})));
    assertThrows(
        IllegalArgumentException.class,
        () -> RankCorrelation.spearman(new float[] {1, 2}, new float[] {1, 2, 3}));
  }
}
