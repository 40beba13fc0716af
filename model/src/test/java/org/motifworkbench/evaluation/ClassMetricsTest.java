package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassMetricsTest {

  private static final double EPS = 1e-12;

  // precision = tp/(tp+fp), recall = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn); 0/0 -> 0 (sklearn).
  @ParameterizedTest(name = "tp={0} fp={1} fn={2}")
  @CsvSource({
    // tp, fp, fn, precision, recall, f1, support
    "2, 1, 2, 0.6666666666666666, 0.5, 0.5714285714285714, 4", // 2/3, 2/4, 4/7
    "3, 1, 0, 0.75, 1.0, 0.8571428571428571, 3", //               3/4, 3/3, 6/7
    "5, 0, 0, 1.0, 1.0, 1.0, 5", //                               perfect
    "0, 0, 0, 0.0, 0.0, 0.0, 0", //                               absent and never predicted
    "0, 3, 0, 0.0, 0.0, 0.0, 0", //                               recall 0/0 -> 0
    "0, 0, 3, 0.0, 0.0, 0.0, 3", //                               precision 0/0 -> 0
    "1, 3, 1, 0.25, 0.5, 0.3333333333333333, 2" //                1/4, 1/2, 2/6
  })
  void fromCountsMatchesHandComputation(
      int tp, int fp, int fn, double precision, double recall, double f1, int support) {
    ClassMetrics m = ClassMetrics.fromCounts("x", tp, fp, fn);
    assertEquals(precision, m.precision(), EPS);
    assertEquals(recall, m.recall(), EPS);
    assertEquals(f1, m.f1(), EPS);
    assertEquals(support, m.support());
  }

  @ParameterizedTest(name = "class {0}")
  @CsvSource({
    // matrix [[2,1,1],[1,2,0],[0,0,3]]
    "0, a, 0.6666666666666666, 0.5, 0.5714285714285714, 4", // tp2 fp1 fn2
    "1, b, 0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 3", // tp2 fp1 fn1
    "2, c, 0.75, 1.0, 0.8571428571428571, 3" // tp3 fp1 fn0
  })
  void ofConfusionMatrixTakesTheClassAsPositive(
      int c, String name, double precision, double recall, double f1, int support) {
    ClassMetrics m = ClassMetrics.of(ConfusionMatrixTest.threeClass(), c);
    assertEquals(name, m.className());
    assertEquals(precision, m.precision(), EPS);
    assertEquals(recall, m.recall(), EPS);
    assertEquals(f1, m.f1(), EPS);
    assertEquals(support, m.support());
  }
}
