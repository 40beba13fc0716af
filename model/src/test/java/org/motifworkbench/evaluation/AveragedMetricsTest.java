package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AveragedMetricsTest {

  private static final double EPS = 1e-12;

  // Per class of [[2,1,1],[1,2,0],[0,0,3]]: P = 2/3, 2/3, 3/4; R = 1/2, 2/3, 1; F1 = 4/7, 2/3, 6/7;
  // support 4, 3, 3.
  private static List<ClassMetrics> threeClass() {
    ConfusionMatrix m = ConfusionMatrixTest.threeClass();
    return List.of(ClassMetrics.of(m, 0), ClassMetrics.of(m, 1), ClassMetrics.of(m, 2));
  }

  @Test
  void macroIsTheUnweightedMean() {
    AveragedMetrics a = AveragedMetrics.macro(threeClass());
    assertEquals(25.0 / 36, a.precision(), EPS); // (8/12 + 8/12 + 9/12) / 3
    assertEquals(13.0 / 18, a.recall(), EPS); //    (3/6 + 4/6 + 6/6) / 3
    assertEquals(44.0 / 63, a.f1(), EPS); //        (12/21 + 14/21 + 18/21) / 3
    assertEquals(10, a.support());
  }

  @Test
  void weightedWeighsBySupport() {
    AveragedMetrics a = AveragedMetrics.weighted(threeClass());
    assertEquals(83.0 / 120, a.precision(), EPS); // (4*2/3 + 3*2/3 + 3*3/4) / 10
    assertEquals(0.7, a.recall(), EPS); //           (4*1/2 + 3*2/3 + 3*1) / 10 = accuracy
    assertEquals(24.0 / 35, a.f1(), EPS); //         (4*4/7 + 3*2/3 + 3*6/7) / 10
    assertEquals(10, a.support());
  }

  @Test
  void macroCountsAnAbsentClassAsZero() {
    List<ClassMetrics> classes =
        List.of(ClassMetrics.fromCounts("x", 2, 0, 0), ClassMetrics.fromCounts("y", 0, 0, 0));
    AveragedMetrics macro = AveragedMetrics.macro(classes);
    assertEquals(0.5, macro.precision(), EPS);
    AveragedMetrics weighted = AveragedMetrics.weighted(classes);
    assertEquals(1.0, weighted.precision(), EPS);
  }
}
