package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreDistributionsTest {

  static float[][] binaryProbs(float... positive) {
    float[][] out = new float[positive.length][];
    for (int i = 0; i < positive.length; i++) {
      out[i] = new float[] {1 - positive[i], positive[i]};
    }
    return out;
  }

  @ParameterizedTest(name = "{0} in {1} bins -> bin {2}")
  @CsvSource({
    "0.0, 4, 0",
    "0.125, 4, 0",
    "0.25, 4, 1",
    "0.5, 4, 2",
    "0.75, 4, 3",
    "1.0, 4, 3",
    "0.025, 20, 0",
    "0.5, 20, 10",
    "0.999, 20, 19",
    "1.0, 20, 19",
    "0.3, 1, 0"
  })
  void binsAreHalfOpenExceptTheLast(double value, int bins, int bin) {
    assertEquals(bin, ScoreHistogram.binOf(value, bins));
  }

  @Test
  void binaryHistogramsThePositiveProbabilityPerTrueClass() {
    // class-1 probabilities: truth 0 -> 0, .125, .5 ; truth 1 -> .25, .75, 1
    // 4 bins [0,.25) [.25,.5) [.5,.75) [.75,1]: truth 0 -> [2,0,1,0], truth 1 -> [0,1,0,2]
    int[] truth = {0, 0, 0, 1, 1, 1};
    float[][] probs = binaryProbs(0f, 0.125f, 0.5f, 0.25f, 0.75f, 1f);
    ScoreDistributions d = ScoreDistributions.compute(truth, probs, List.of("neg", "pos"), 4);
    assertArrayEquals(new int[] {1}, d.scoreClasses());
    assertArrayEquals(new int[] {2, 0, 1, 0}, d.histogram(1, 0).counts());
    assertArrayEquals(new int[] {0, 1, 0, 2}, d.histogram(1, 1).counts());
    assertEquals(3, d.histogram(1, 1).total());
    assertThrows(IllegalArgumentException.class, () -> d.histogram(0, 0));
  }

  @Test
  void multiClassHistogramsEachClassProbability() {
    int[] truth = {0, 1, 2};
    float[][] probs = {{0.75f, 0.25f, 0f}, {0.5f, 0.5f, 0f}, {0f, 0.25f, 0.75f}};
    ScoreDistributions d = ScoreDistributions.compute(truth, probs, List.of("a", "b", "c"), 2);
    assertArrayEquals(new int[] {0, 1, 2}, d.scoreClasses());
    // P(a) of true a = .75 -> bin 1; of true b = .5 -> bin 1; of true c = 0 -> bin 0
    assertArrayEquals(new int[] {0, 1}, d.histogram(0, 0).counts());
    assertArrayEquals(new int[] {0, 1}, d.histogram(0, 1).counts());
    assertArrayEquals(new int[] {1, 0}, d.histogram(0, 2).counts());
    // P(c) of true c = .75 -> bin 1
    assertArrayEquals(new int[] {0, 1}, d.histogram(2, 2).counts());
  }

  @Test
  void edgesSplitTheUnitInterval() {
    ScoreHistogram h = new ScoreHistogram(new int[20]);
    assertEquals(20, h.bins());
    assertEquals(0.05, h.lower(1), 1e-15);
    assertEquals(0.1, h.upper(1), 1e-15);
    assertEquals(1.0, h.upper(19), 0);
  }

  @Test
  void rejectsZeroBins() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ScoreDistributions.compute(new int[] {0}, binaryProbs(0.5f), List.of("a", "b"), 0));
  }
}
