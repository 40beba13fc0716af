package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackgroundTest {

  /**
   * "AACG" and "nntt": A 2, C 1, G 1, T 2 (N skipped, lower case counted). On both strands each
   * base also counts as its complement: A = T = (2 + 2) / (2 x 6) = 1/3, C = G = 1/6.
   */
  @Test
  void countsBothStrandsAndSkipsN() {
    Background b = Background.ofSequences(List.of("AACG", "nntt"), "two sequences");
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 6, 1.0 / 6, 1.0 / 3}, b.frequencies(), 1e-15);
    assertEquals("two sequences, both strands", b.source());
  }

  @Test
  void sequencesWithoutBasesGiveUniform() {
    Background b = Background.ofSequences(List.of("NNNN", ""), "padding");
    assertArrayEquals(Background.UNIFORM.frequencies(), b.frequencies(), 0);
    assertEquals("padding, which hold no bases: uniform", b.source());
  }

  @ParameterizedTest
  @CsvSource({"0.5, 0.5, 0.5, 0.5", "-0.1, 0.4, 0.4, 0.3", "NaN, 0.25, 0.25, 0.25"})
  void frequenciesMustBeProbabilitiesSummingToOne(double a, double c, double g, double t) {
    assertThrows(
        IllegalArgumentException.class, () -> new Background(new double[] {a, c, g, t}, "x"));
  }

  @Test
  void frequenciesAreCopied() {
    double[] f = {0.3, 0.2, 0.2, 0.3};
    Background b = new Background(f, "x");
    f[0] = 1;
    b.frequencies()[1] = 1;
    assertEquals(new Background(new double[] {0.3, 0.2, 0.2, 0.3}, "x"), b);
  }
}
