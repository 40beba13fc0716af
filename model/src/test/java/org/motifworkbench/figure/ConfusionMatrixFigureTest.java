package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.evaluation.ConfusionMatrix;

class ConfusionMatrixFigureTest {

  private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 400, 300);

  @Test
  void aPerfectMatrixHasADarkDiagonalAndLightOffDiagonalCells() {
    ConfusionMatrixFigure figure =
        figure(List.of("negative", "positive"), new int[][] {{50, 0}, {0, 50}});
    BufferedImage image = render(figure, 400, 300);

    double diagonal = brightness(image, corner(figure.cellBounds(0, 0, AREA)));
    double offDiagonal = brightness(image, corner(figure.cellBounds(0, 1, AREA)));
    assertTrue(diagonal < 0.3, "diagonal brightness " + diagonal);
    assertTrue(offDiagonal > 0.9, "off-diagonal brightness " + offDiagonal);
    assertEquals(
        rgb(ConfusionMatrixFigure.cellColor(1.0)),
        rgb(pixel(image, corner(figure.cellBounds(1, 1, AREA)))));
  }

  @Test
  void cellsAreColouredByTheirShareOfTheRowNotByTheirCount() {
    // Row 0 has 900 examples, row 1 only 10: the small class's correct cell must still be dark.
    ConfusionMatrixFigure figure =
        figure(List.of("common", "rare"), new int[][] {{810, 90}, {1, 9}});

    assertEquals(0.9, figure.rowFraction(0, 0), 1e-12);
    assertEquals(0.9, figure.rowFraction(1, 1), 1e-12);
    BufferedImage image = render(figure, 400, 300);
    assertEquals(
        rgb(pixel(image, corner(figure.cellBounds(0, 0, AREA)))),
        rgb(pixel(image, corner(figure.cellBounds(1, 1, AREA)))));
  }

  @Test
  void cellsAreSquareAndInsideTheArea() {
    ConfusionMatrixFigure figure =
        figure(List.of("a", "b", "c"), new int[][] {{5, 1, 0}, {0, 6, 0}, {2, 0, 4}});
    for (int t = 0; t < 3; t++) {
      for (int p = 0; p < 3; p++) {
        Rectangle2D cell = figure.cellBounds(t, p, AREA);
        assertEquals(cell.getWidth(), cell.getHeight(), 1e-9);
        assertTrue(AREA.contains(cell), cell.toString());
      }
    }
    Rectangle2D first = figure.cellBounds(0, 0, AREA);
    assertEquals(first.getMaxX(), figure.cellBounds(0, 1, AREA).getMinX(), 1e-9);
    assertEquals(first.getMaxY(), figure.cellBounds(1, 0, AREA).getMinY(), 1e-9);
  }

  @Test
  void aClassWithoutExamplesHasNoShareAndAGreyRow() {
    ConfusionMatrixFigure figure = figure(List.of("a", "b"), new int[][] {{3, 1}, {0, 0}});

    assertTrue(Double.isNaN(figure.rowFraction(1, 0)));
    BufferedImage image = render(figure, 400, 300); // must not fail on the empty row
    assertEquals(
        rgb(ConfusionMatrixFigure.cellColor(Double.NaN)),
        rgb(pixel(image, corner(figure.cellBounds(1, 0, AREA)))));
  }

  @Test
  void textIsWhiteOnDarkCellsAndDarkOnLightOnes() {
    assertEquals(
        Color.WHITE, ConfusionMatrixFigure.textColorOn(ConfusionMatrixFigure.cellColor(1)));
    assertTrue(
        ConfusionMatrixFigure.luminance(
                ConfusionMatrixFigure.textColorOn(ConfusionMatrixFigure.cellColor(0)))
            < 0.1);
  }

  @Test
  void colourDarkensSteadilyWithTheShare() {
    double previous = 2;
    for (int i = 0; i <= 10; i++) {
      double l = ConfusionMatrixFigure.luminance(ConfusionMatrixFigure.cellColor(i / 10.0));
      assertTrue(l < previous, "luminance at " + i / 10.0);
      previous = l;
    }
  }

  @Test
  void drawsNothingWhenTheAreaIsTooSmallInsteadOfFailing() {
    ConfusionMatrixFigure figure = figure(List.of("a", "b"), new int[][] {{1, 0}, {0, 1}});
    BufferedImage image = render(figure, 20, 10);
    assertEquals(0xFFFFFF, image.getRGB(10, 5) & 0xFFFFFF);
  }

  private static ConfusionMatrixFigure figure(List<String> labels, int[][] counts) {
    return new ConfusionMatrixFigure(new ConfusionMatrix(labels, counts));
  }

  private static BufferedImage render(ConfusionMatrixFigure figure, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    figure.draw(g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    return image;
  }

  /** A point inside the cell near its top-left corner: away from the border and the text. */
  private static int[] corner(Rectangle2D cell) {
    return new int[] {(int) (cell.getMinX() + 6), (int) (cell.getMinY() + 6)};
  }

  private static Color pixel(BufferedImage image, int[] xy) {
    return new Color(image.getRGB(xy[0], xy[1]));
  }

  private static int rgb(Color c) {
    return c.getRGB() & 0xFFFFFF;
  }

  private static double brightness(BufferedImage image, int[] xy) {
    Color c = pixel(image, xy);
    return (c.getRed() + c.getGreen() + c.getBlue()) / (3 * 255.0);
  }
}
