package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

  private static final List<String> ABC = List.of("a", "b", "c");

  // truth:     0 0 0 0 1 1 1 2 2 2
  // predicted: 0 0 1 2 1 1 0 2 2 2
  // row a: two predicted a, one b, one c -> [2,1,1]; row b: [1,2,0]; row c: [0,0,3]
  static ConfusionMatrix threeClass() {
    return ConfusionMatrix.of(
        new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2, 2}, new int[] {0, 0, 1, 2, 1, 1, 0, 2, 2, 2}, ABC);
  }

  @Test
  void countsRowsByTruthAndColumnsByPrediction() {
    ConfusionMatrix m = threeClass();
    assertArrayEquals(new int[][] {{2, 1, 1}, {1, 2, 0}, {0, 0, 3}}, m.counts());
    assertEquals(1, m.count(0, 2));
    assertEquals(0, m.count(2, 0));
    assertEquals(10, m.total());
    assertEquals(7, m.correct());
  }

  @Test
  void derivesPerClassCounts() {
    ConfusionMatrix m = threeClass();
    // class a: tp = 2, column a = 2 + 1 + 0 = 3 -> fp = 1, row a = 4 -> fn = 2
    assertEquals(2, m.truePositives(0));
    assertEquals(1, m.falsePositives(0));
    assertEquals(2, m.falseNegatives(0));
    assertEquals(4, m.support(0));
    assertEquals(3, m.predictedCount(0));
    // class c: tp = 3, column c = 1 + 0 + 3 = 4 -> fp = 1, fn = 0
    assertEquals(1, m.falsePositives(2));
    assertEquals(0, m.falseNegatives(2));
  }

  @Test
  void isImmutable() {
    int[][] counts = {{1, 0}, {0, 1}};
    ConfusionMatrix m = new ConfusionMatrix(List.of("x", "y"), counts);
    counts[0][0] = 99;
    m.counts()[0][0] = 99;
    assertEquals(1, m.count(0, 0));
  }

  @Test
  void equalsComparesContents() {
    assertEquals(threeClass(), threeClass());
    assertEquals(threeClass().hashCode(), threeClass().hashCode());
  }

  @Test
  void rejectsOutOfRangeIndices() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfusionMatrix.of(new int[] {0, 3}, new int[] {0, 0}, ABC));
    assertEquals("truth[1] is 3, but class indices run from 0 to 2", e.getMessage());
  }

  @Test
  void rejectsNonSquareCounts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ConfusionMatrix(List.of("x", "y"), new int[][] {{1, 0}, {0}}));
  }
}
