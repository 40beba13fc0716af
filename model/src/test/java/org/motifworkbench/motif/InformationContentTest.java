package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InformationContentTest {

  private static final double EPS = 1e-9;

  /**
   * IC = 2 - H, H = -sum p log2 p. By hand: (1,0,0,0): H = 0; uniform: H = 4 x 0.25 x 2 = 2;
   * (.5,.5,0,0): H = 1; (.5,.25,.25,0): H = .5 + .5 + .5 = 1.5; (.7,.1,.1,.1): H = .7 x 0.514573 +
   * .3 x 3.321928 = 1.356780; a row of counts (2,2,0,0) is scaled to (.5,.5,0,0) first.
   */
  @ParameterizedTest
  @CsvSource({
    "1, 0, 0, 0, 2",
    "0.25, 0.25, 0.25, 0.25, 0",
    "0.5, 0.5, 0, 0, 1",
    "0, 0.5, 0, 0.5, 1",
    "0.5, 0.25, 0.25, 0, 0.5",
    "0.7, 0.1, 0.1, 0.1, 0.6432203506",
    "2, 2, 0, 0, 1"
  })
  void columnBitsByHand(double a, double c, double g, double t, double bits) {
    assertEquals(bits, InformationContent.uncorrected().column(new double[] {a, c, g, t}), EPS);
  }

  /**
   * e(n) = 3 / (2 ln2 n); 2 ln2 = 1.3862944. n = 10: 3 / 13.862944 = 0.2164043; n = 1000:
   * 0.0021640; n = 1: 2.1640426.
   */
  @ParameterizedTest
  @CsvSource({"1, 2.1640425613", "10, 0.2164042561", "200, 0.0108202128", "1000, 0.0021640426"})
  void smallSampleCorrectionByHand(int sites, double bits) {
    assertEquals(bits, InformationContent.smallSampleCorrection(sites), 1e-9);
    assertEquals(bits, InformationContent.forSites(sites).correction(), 1e-9);
  }

  /**
   * With n = 10 every column loses 0.2164043 bits: (1,0,0,0) 2 - .2164043 = 1.7835957; (.5,.5,0,0)
   * 0.7835957; uniform -0.216 clamps to 0. With n = 1 (e = 2.164) even a pure column clamps to 0.
   */
  @ParameterizedTest
  @CsvSource({
    "10, 1, 0, 0, 0, 1.7835957439",
    "10, 0.5, 0.5, 0, 0, 0.7835957439",
    "10, 0.25, 0.25, 0.25, 0.25, 0",
    "1, 1, 0, 0, 0, 0",
    "1000, 1, 0, 0, 0, 1.9978359574",
    "1001, 1, 0, 0, 0, 2"
  })
  void correctedColumnNeverBelowZero(int sites, double a, double c, double g, double t, double b) {
    assertEquals(b, InformationContent.forSites(sites).column(new double[] {a, c, g, t}), EPS);
  }

  @Test
  void largeSamplesAreUncorrected() {
    assertSame(InformationContent.uncorrected(), InformationContent.forSites(1001));
    assertEquals(0, InformationContent.uncorrected().correction());
    assertThrows(IllegalArgumentException.class, () -> InformationContent.forSites(0));
  }

  /**
   * Column (.5,.25,.25,0) has 0.5 bits, so heights A .25, C .125, G .125, T 0, drawn T, C, G, A
   * (equal heights keep A C G T order). With n = 10: IC = .5 - .2164043 = .2835957, so A .2835957 x
   * .5 = .1417979, C = G = .2835957 x .25 = .0708989.
   */
  @Test
  void letterHeightsByHand() {
    Motif m = new Motif("m", "", new double[][] {{0.5, 0.25, 0.25, 0}, {0, 0, 0, 1}});
    List<LogoColumn> logo = InformationContent.uncorrected().logo(m);
    assertEquals(2, logo.size());
    assertLetters(logo.get(0), "TCGA", 0, 0.125, 0.125, 0.25);
    assertEquals(0.5, logo.get(0).bits(), EPS);
    assertLetters(logo.get(1), "ACGT", 0, 0, 0, 2);

    LogoColumn small = InformationContent.forSites(10).logo(m).get(0);
    assertEquals(0.2835957439, small.bits(), EPS);
    assertLetters(small, "TCGA", 0, 0.0708989360, 0.0708989360, 0.1417978720);
  }

  /** Rows of 2, 1, 0 and 0.5 bits: total 3.5; with n = 10, 3.5 - 3 x .2164043 (uniform stays 0). */
  @Test
  void totalOfAMotif() {
    Motif m =
        new Motif(
            "m",
            "",
            new double[][] {
              {1, 0, 0, 0}, {0, 0.5, 0.5, 0}, {0.25, 0.25, 0.25, 0.25}, {0.5, 0.25, 0.25, 0}
            });
    assertEquals(3.5, InformationContent.uncorrected().total(m), EPS);
    assertEquals(3.5 - 3 * 0.2164042561, InformationContent.forSites(10).total(m), EPS);
    double[] columns = InformationContent.uncorrected().columns(m);
    assertEquals(4, columns.length);
    assertEquals(0, columns[2], EPS);
  }

  private static void assertLetters(LogoColumn column, String order, double... heights) {
    for (int i = 0; i < 4; i++) {
      assertEquals(order.charAt(i), column.letters().get(i).base());
      assertEquals(heights[i], column.letters().get(i).height(), EPS);
    }
  }
}
