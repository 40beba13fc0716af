package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The colour-blind palette keeps the four bases and the two attribution signs apart for readers
 * with the common colour-vision deficiencies. Dichromacy is simulated with the matrices of Machado,
 * Oliveira and Fernandes (2009, IEEE TVCG 15(6), severity 1.0) on linear RGB; differences are CIE76
 * distances in CIELAB (D65), where about 2.3 is just noticeable and letters that differ by 25 or
 * more are told apart at a glance.
 */
class NucleotidePaletteTest {

  /** Machado et al. 2009, severity 1.0, applied to linear RGB. */
  enum Vision {
    NORMAL(null),
    DEUTERANOPIA(
        new double[][] {
          {0.367322, 0.860646, -0.227968},
          {0.280085, 0.672501, 0.047413},
          {-0.011820, 0.042940, 0.968881}
        }),
    PROTANOPIA(
        new double[][] {
          {0.152286, 1.052583, -0.204868},
          {0.114503, 0.786281, 0.099216},
          {-0.003882, -0.048116, 1.051998}
        }),
    TRITANOPIA(
        new double[][] {
          {1.255528, -0.076749, -0.178779},
          {-0.078411, 0.930809, 0.147602},
          {0.004733, 0.691367, 0.303900}
        });

    // filled once from the constants above, never written
    @SuppressWarnings("ImmutableEnumChecker")
    private final double[][] matrix;

    Vision(double[][] matrix) {
      this.matrix = matrix;
    }

    /** The colour as seen, in linear RGB clipped to [0, 1]. */
    double[] see(Color c) {
      double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
      if (matrix == null) {
        return rgb;
      }
      double[] out = new double[3];
      for (int i = 0; i < 3; i++) {
        double v = 0;
        for (int j = 0; j < 3; j++) {
          v += matrix[i][j] * rgb[j];
        }
        out[i] = Math.min(1, Math.max(0, v));
      }
      return out;
    }
  }

  @Test
  void colourBlindBasesStayApartForDeuteranopesAndProtanopes() {
    NucleotidePalette p = NucleotidePalette.COLOR_BLIND;
    assertTrue(minBaseDistance(p, Vision.NORMAL) >= 40, "normal vision");
    assertTrue(minBaseDistance(p, Vision.DEUTERANOPIA) >= 35, "deuteranopia");
    assertTrue(minBaseDistance(p, Vision.PROTANOPIA) >= 35, "protanopia");
    assertTrue(minBaseDistance(p, Vision.TRITANOPIA) >= 25, "tritanopia");
  }

  @Test
  void theStandardColoursAreWhyThePaletteExists() {
    // A green and T red come within 14 units of each other under deuteranopia (13.6)
    double aToT =
        distance(
            Vision.DEUTERANOPIA,
            NucleotidePalette.STANDARD.base('A'),
            NucleotidePalette.STANDARD.base('T'));
    assertTrue(aToT < 15, "A/T under deuteranopia: " + aToT);
    assertTrue(
        minBaseDistance(NucleotidePalette.COLOR_BLIND, Vision.DEUTERANOPIA)
            > 2 * minBaseDistance(NucleotidePalette.STANDARD, Vision.DEUTERANOPIA));
  }

  @ParameterizedTest
  @EnumSource(Vision.class)
  void attributionSignsDifferForEveryone(Vision vision) {
    NucleotidePalette p = NucleotidePalette.COLOR_BLIND;
    assertTrue(distance(vision, p.positive(), p.negative()) >= 60, vision.name());
  }

  @ParameterizedTest
  @EnumSource(NucleotidePalette.class)
  void fourDistinctBaseColoursAndGreyForOtherLetters(NucleotidePalette palette) {
    assertEquals(
        4,
        java.util.stream.IntStream.range(0, 4).mapToObj(palette::base).distinct().count(),
        palette.name());
    assertEquals(palette.base(0), palette.base('a'));
    assertEquals(Color.GRAY, palette.base('N'));
  }

  @Test
  void colourBlindLettersAreAtLeastAsReadableOnWhiteAsTheStandardOnes() {
    double standardWorst = worstContrast(NucleotidePalette.STANDARD);
    double colourBlindWorst = worstContrast(NucleotidePalette.COLOR_BLIND);
    assertTrue(colourBlindWorst >= 2.2, "worst contrast " + colourBlindWorst);
    assertTrue(colourBlindWorst >= standardWorst);
  }

  @Test
  void parsesBothSpellings() {
    assertEquals(NucleotidePalette.COLOR_BLIND, NucleotidePalette.parse("colour-blind"));
    assertEquals(NucleotidePalette.COLOR_BLIND, NucleotidePalette.parse("Color-Blind"));
    assertEquals(NucleotidePalette.STANDARD, NucleotidePalette.parse(" standard "));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NucleotidePalette.parse("rainbow"));
    assertEquals("Unknown palette 'rainbow'. Choose standard or colour-blind.", e.getMessage());
  }

  private static double minBaseDistance(NucleotidePalette palette, Vision vision) {
    double min = Double.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        min = Math.min(min, distance(vision, palette.base(i), palette.base(j)));
      }
    }
    return min;
  }

  /** CIE76 distance of two colours as {@code vision} sees them. */
  private static double distance(Vision vision, Color a, Color b) {
    double[] la = lab(vision.see(a));
    double[] lb = lab(vision.see(b));
    return Math.sqrt(
        Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** CIELAB (D65) of a linear RGB colour. */
  private static double[] lab(double[] rgb) {
    double x = 0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2];
    double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    double z = 0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2];
    double fx = f(x / 0.95047);
    double fy = f(y);
    double fz = f(z / 1.08883);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    double d = 6.0 / 29;
    return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
  }

  /** WCAG contrast ratio against white of the palette's least readable base colour. */
  private static double worstContrast(NucleotidePalette palette) {
    double worst = Double.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      Color c = palette.base(i);
      double luminance =
          0.2126 * linear(c.getRed())
              + 0.7152 * linear(c.getGreen())
              + 0.0722 * linear(c.getBlue());
      worst = Math.min(worst, 1.05 / (luminance + 0.05));
    }
    return worst;
  }
}
