package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnSimilarityTest {

  /**
   * Pearson by hand, columns centred on their mean 0.25: A = (.75,-.25,-.25,-.25), C =
   * (-.25,.75,-.25,-.25): dot -.25, squared norms .75 each, so r = -1/3. AC = (.25,.25,-.25,-.25)
   * and AG = (.25,-.25,.25,-.25) are orthogonal, r = 0. A uniform column correlates with nothing.
   * Euclidean: A vs C = -sqrt(2); (.5,.5,0,0) vs uniform = -sqrt(4 x .0625) = -.5.
   */
  @ParameterizedTest
  @CsvSource({
    "PEARSON, 1 0 0 0, 1 0 0 0, 1",
    "PEARSON, 1 0 0 0, 0 1 0 0, -0.3333333333",
    "PEARSON, .5 .5 0 0, .5 0 .5 0, 0",
    "PEARSON, .5 .5 0 0, 0 0 .5 .5, -1",
    "PEARSON, .25 .25 .25 .25, 1 0 0 0, 0",
    "PEARSON, 2 2 0 0, .5 .5 0 0, 1",
    "EUCLIDEAN, 1 0 0 0, 1 0 0 0, 0",
    "EUCLIDEAN, 1 0 0 0, 0 1 0 0, -1.4142135624",
    "EUCLIDEAN, .5 .5 0 0, .25 .25 .25 .25, -0.5"
  })
  void byHand(ColumnSimilarity similarity, String x, String y, double expected) {
    assertEquals(expected, similarity.of(column(x), column(y)), 1e-9);
  }

  private static double[] column(String text) {
    String[] parts = text.split(" ");
    double[] out = new double[4];
    for (int b = 0; b < 4; b++) {
      out[b] = Double.parseDouble(parts[b]);
    }
    return out;
  }
}
