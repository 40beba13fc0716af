package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.motifworkbench.figure.AttributionLogoFigure.Layout;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;

/** The attribution logo rendered into real pixels. */
class AttributionLogoFigureTest {

  private static final int WIDTH = 600;
  private static final int HEIGHT = 200;
  private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT);
  private static final NucleotidePalette PALETTE = NucleotidePalette.STANDARD;
  private static final String SEQUENCE = "ACGTACGTAC";

  /** Centred gradients: position 2 (G) prefers A (+0.6) and dislikes T (-0.4). */
  private static float[][] gradient() {
    float[][] values = new float[SEQUENCE.length()][4];
    values[2] = new float[] {0.6f, -0.1f, -0.1f, -0.4f};
    values[5] = new float[] {-0.2f, 0.3f, 0.1f, -0.2f};
    return values;
  }

  private static Attribution attribution(AttributionMethod method) {
    float[][] g = gradient();
    float[][] values = new float[g.length][4];
    float[] perPosition = new float[g.length];
    for (int i = 0; i < g.length; i++) {
      int present = "ACGT".indexOf(SEQUENCE.charAt(i));
      perPosition[i] = g[i][present];
      values[i] = method == AttributionMethod.GRADIENT ? g[i] : new float[4];
      if (method != AttributionMethod.GRADIENT) {
        values[i][present] = g[i][present];
      }
    }
    return new Attribution(SEQUENCE, 1, method, values, perPosition, 2f);
  }

  @Test
  void theGradientGivesAllFourBasesAHeightAndGradientTimesInputOnlyThePresentBase() {
    AttributionLogoFigure gradient =
        AttributionLogoFigure.of(attribution(AttributionMethod.GRADIENT), 1, PALETTE);
    AttributionLogoFigure timesInput =
        AttributionLogoFigure.of(attribution(AttributionMethod.GRADIENT_X_INPUT), 1, PALETTE);
    assertEquals(0.6f, gradient.height(2, 0));
    assertEquals(-0.4f, gradient.height(2, 3));
    assertEquals(-0.1f, timesInput.height(2, 2), "G is present at position 3");
    assertEquals(0f, timesInput.height(2, 0));
    assertEquals(0f, timesInput.height(2, 3));

    BufferedImage a = FigureImages.render(WIDTH, HEIGHT, gradient::draw);
    BufferedImage b = FigureImages.render(WIDTH, HEIGHT, timesInput::draw);
    assertFalse(samePixels(a, b), "gradient and gradient x input must not look the same");
  }

  @Test
  void positiveLettersStandAboveTheZeroLineAndNegativeLettersHangBelowIt() {
    AttributionLogoFigure logo =
        AttributionLogoFigure.of(attribution(AttributionMethod.GRADIENT), 1, PALETTE);
    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, logo::draw);
    Layout layout = logo.layout(AREA);
    double[] range = logo.range();
    assertEquals(0.6, range[1], 1e-6, "the tallest stack: A at position 3");
    assertEquals(-0.6, range[0], 1e-6, "position 3: C, G and T below the line");
    double x = layout.columns().centre(2);
    // A (green) fills above the line at position 3, T (red) is the deepest below it
    assertTrue(countColour(image, x, layout.top(), layout.zeroY() - 1, PALETTE.base(0)) > 10);
    assertTrue(countColour(image, x, layout.zeroY() + 1, layout.bottom(), PALETTE.base(3)) > 5);
    assertEquals(0, countColour(image, x, layout.zeroY() + 1, layout.bottom(), PALETTE.base(0)));
    // a column with no attribution stays white
    assertEquals(
        0,
        countNotWhite(image, layout.columns().centre(8), layout.top(), layout.zeroY() - 2)
            + countNotWhite(
                image, layout.columns().centre(8), layout.zeroY() + 2, layout.bottom()));
  }

  @Test
  void textStaysBetweenFiveAndEightPointsAtJournalWidths() {
    double column = 85 / 25.4 * 72;
    double page = 170 / 25.4 * 72;
    assertEquals(5.5, AttributionLogoFigure.fontSize(new Rectangle2D.Double(0, 0, column, 80)));
    double atPage = AttributionLogoFigure.fontSize(new Rectangle2D.Double(0, 0, page, 160));
    assertTrue(atPage >= 5 && atPage <= 8.1, "page width gives " + atPage + " pt");
  }

  @Test
  void aRegionIsLabelledWithItsOwnCoordinates() {
    Attribution whole = attribution(AttributionMethod.GRADIENT);
    var region = new org.motifworkbench.interpret.SequenceRegion(2, 6);
    AttributionLogoFigure logo = AttributionLogoFigure.of(whole.slice(region), 3, PALETTE);
    assertEquals(4, logo.length());
    assertEquals(3, logo.firstPosition());
    assertEquals(0.6f, logo.height(0, 0), "position 3 of the sequence is the slice's first");
  }

  private static boolean samePixels(BufferedImage a, BufferedImage b) {
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  private static int countColour(
      BufferedImage image, double x, double fromY, double toY, Color colour) {
    int n = 0;
    for (int y = (int) fromY; y < (int) toY; y++) {
      n += FigureImages.near(colour, FigureImages.at(image, x, y), 8) ? 1 : 0;
    }
    return n;
  }

  private static int countNotWhite(BufferedImage image, double x, double fromY, double toY) {
    int n = 0;
    for (int y = (int) fromY; y < (int) toY; y++) {
      n += Color.WHITE.equals(FigureImages.at(image, x, y)) ? 0 : 1;
    }
    return n;
  }
}
