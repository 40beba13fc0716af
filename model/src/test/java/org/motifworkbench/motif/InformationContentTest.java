package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
   * e(n) = 2 - E[H] for n letters drawn uniformly from ACGT. n = 1..10: computed independently by
   * brute force in Python, averaging the plug-in entropy over all 4^n equally likely sequences
   * (itertools.product(range(4), repeat=n)); n = 1: every column is pure, e = 2; n = 2: half the
   * pairs agree (H = 0), half differ (H = 1), e = 1.25. n = 20, 50, 100: summed over every
   * composition (a, c, g, t) with its multinomial probability (lgamma in Python). n = 1000: the
   * binomial sum with exact integer weights comb(n, k) 3^(n-k) / 4^n (Python math.comb).
   */
  @ParameterizedTest
  @CsvSource({
    "1, 2.0",
    "2, 1.25",
    "3, 0.8890976555739163",
    "4, 0.676010351663912",
    "5, 0.5370949642291571",
    "6, 0.44077359216820944",
    "7, 0.37099625253237045",
    "8, 0.31871326030651037",
    "9, 0.27844953361054037",
    "10, 0.2467180696884672",
    "20, 0.11402297561086305",
    "50, 0.04405601849901064",
    "100, 0.021826948987458517",
    "1000, 0.0021658517386142773"
  })
  void exactSmallSampleCorrection(int sites, double bits) {
    assertEquals(bits, InformationContent.smallSampleCorrection(sites), 1e-9);
    assertEquals(bits, InformationContent.forSites(sites).correction(), 1e-9);
  }

  /**
   * The large-n approximation 3 / (2 ln2 n) is low for small n (0.104 bits at n = 5, what the
   * correction used before) and converges on the exact value: within 0.0002 bits from n = 100.
   */
  @Test
  void approximationIsLowForSmallSamplesAndConverges() {
    double approximation5 = 3 / (2 * Math.log(2) * 5);
    assertEquals(0.104, InformationContent.smallSampleCorrection(5) - approximation5, 0.001);
    for (int n = 100; n <= InformationContent.LARGE_SAMPLE; n += 50) {
      double gap = InformationContent.smallSampleCorrection(n) - 3 / (2 * Math.log(2) * n);
      assertTrue(gap > 0 && gap < 0.0002, n + ": " + gap);
    }
  }

  /**
   * With n = 10 every column loses e(10) = 0.2467181 bits: (1,0,0,0) 2 - .2467181 = 1.7532819;
   * (.5,.5,0,0) 0.7532819; uniform -0.247 clamps to 0. With n = 1 (e = 2) even a pure column has 0
   * bits.
   */
  @ParameterizedTest
  @CsvSource({
    "10, 1, 0, 0, 0, 1.7532819303",
    "10, 0.5, 0.5, 0, 0, 0.7532819303",
    "10, 0.25, 0.25, 0.25, 0.25, 0",
    "1, 1, 0, 0, 0, 0",
    "1000, 1, 0, 0, 0, 1.9978341483",
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
    assertThrows(IllegalArgumentException.class, () -> InformationContent.smallSampleCorrection(0));
  }

  /**
   * Column (.5,.25,.25,0) has 0.5 bits, so heights A .25, C .125, G .125, T 0, drawn T, C, G, A
   * (equal heights keep A C G T order). With n = 10: IC = .5 - .2467181 = .2532819, so A .2532819 x
   * .5 = .1266410, C = G = .2532819 x .25 = .0633205.
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
    assertEquals(0.2532819303, small.bits(), EPS);
    assertLetters(small, "TCGA", 0, 0.0633204826, 0.0633204826, 0.1266409652);
  }

  /** Rows of 2, 1, 0 and 0.5 bits: total 3.5; with n = 10, 3.5 - 3 x .2467181 (uniform stays 0). */
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
    assertEquals(3.5 - 3 * 0.2467180697, InformationContent.forSites(10).total(m), EPS);
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
