package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionWeightMatrixTest {

  private static final double EPS = 1e-12;

  /** Counts (10,0,0,0) with 0.1 per base: 10.1 / 10.4 = 0.9711538 and 0.1 / 10.4 = 0.0096154. */
  @Test
  void defaultPseudocount() {
    Motif m = PositionWeightMatrix.fromCounts("m", "x", new double[][] {{10, 0, 0, 0}});
    double[] row = m.probabilities()[0];
    assertArrayEquals(new double[] {10.1 / 10.4, 0.1 / 10.4, 0.1 / 10.4, 0.1 / 10.4}, row, EPS);
    assertEquals(1, row[0] + row[1] + row[2] + row[3], EPS);
    assertEquals("x", m.altName());
  }

  /** Counts (3,1,0,6) with 0.5 per base: total 10 + 2 = 12, so 3.5/12, 1.5/12, 0.5/12, 6.5/12. */
  @Test
  void configurablePseudocount() {
    double[][] counts = {{3, 1, 0, 6}, {0, 0, 10, 0}};
    Motif m = PositionWeightMatrix.fromCounts("m", "", counts, 0.5);
    assertArrayEquals(new double[] {3.5 / 12, 1.5 / 12, 0.5 / 12, 6.5 / 12}, m.probabilities()[0]);
    Motif plain = PositionWeightMatrix.fromCounts("m", "", counts, 0);
    assertArrayEquals(new double[] {0.3, 0.1, 0, 0.6}, plain.probabilities()[0], EPS);
    assertEquals(10, PositionWeightMatrix.sites(counts));
  }

  @Test
  void badCountsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PositionWeightMatrix.fromCounts("m", "", new double[][] {{0, 0, 0, 0}}, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> PositionWeightMatrix.fromCounts("m", "", new double[][] {{1, -1, 0, 0}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> PositionWeightMatrix.fromCounts("m", "", new double[][] {{1, 1, 0}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> PositionWeightMatrix.fromCounts("m", "", new double[][] {{1, 1, 0, 0}}, -0.1));
  }

  /**
   * Rows (.1,.2,.3,.4), (.5,.25,.15,.1): the reverse complement's first row is the complement of
   * the last row read T G C A = (.1,.15,.25,.5), its second the complement of the first
   * (.4,.3,.2,.1).
   */
  @Test
  void reverseComplementExactValues() {
    Motif m = new Motif("m", "n", new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.5, 0.25, 0.15, 0.1}});
    Motif rc = PositionWeightMatrix.reverseComplement(m);
    assertArrayEquals(new double[] {0.1, 0.15, 0.25, 0.5}, rc.probabilities()[0]);
    assertArrayEquals(new double[] {0.4, 0.3, 0.2, 0.1}, rc.probabilities()[1]);
    assertEquals("m", rc.id());
    assertEquals("n", rc.altName());
  }

  @Test
  void reverseComplementRoundTripOnJaspar() {
    for (Motif m : MotifTestData.jaspar().motifs()) {
      Motif rc = PositionWeightMatrix.reverseComplement(m);
      assertEquals(m, PositionWeightMatrix.reverseComplement(rc));
      int w = m.width();
      for (int i = 0; i < w; i++) {
        for (int b = 0; b < 4; b++) {
          assertEquals(m.probability(i, b), rc.probability(w - 1 - i, 3 - b), m.id());
        }
      }
    }
  }

  /** Cavener's rules, one column each. */
  @ParameterizedTest
  @CsvSource({
    "0.9, 0.05, 0.03, 0.02, A",
    "0.02, 0.03, 0.05, 0.9, T",
    "0.45, 0.4, 0.1, 0.05, M",
    "0.6, 0, 0.35, 0.05, R",
    "0.4, 0.1, 0.1, 0.4, W",
    "0.1, 0.4, 0.4, 0.1, S",
    "0.05, 0.45, 0.05, 0.45, Y",
    "0, 0, 0.5, 0.5, K",
    "0.25, 0.25, 0.25, 0.25, N",
    "0.4, 0.3, 0.2, 0.1, N"
  })
  void iupacConsensusColumns(double a, double c, double g, double t, char code) {
    Motif m = new Motif("m", "", new double[][] {{a, c, g, t}});
    assertEquals(String.valueOf(code), PositionWeightMatrix.iupacConsensus(m));
  }

  @Test
  void iupacConsensusOfCtcf() {
    Motif ctcf = MotifTestData.jaspar().find("MA0139.1");
    // Cavener's rules applied by hand (a short script) to the 19 JASPAR rows
    assertEquals("YNRCCASYAGRKGGCRSYN", PositionWeightMatrix.iupacConsensus(ctcf));
  }
}
