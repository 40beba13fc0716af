package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.motif.InformationContent;
import org.motifworkbench.motif.Motif;

/** Draws small logos into images and checks the pixels where the letters should be. */
class SequenceLogoFigureTest {

  private static final int A = 0;
  private static final int C = 1;
  private static final int G = 2;
  private static final int T = 3;
  private static final Rectangle2D BOUNDS = new Rectangle2D.Double(0, 0, 640, 320);

  /** Pure A; uniform; A 0.7 > C 0.2 > G 0.1; pure T. */
  private static final Motif MOTIF =
      new Motif(
          "test",
          "",
          new double[][] {
            {1, 0, 0, 0}, {0.25, 0.25, 0.25, 0.25}, {0.7, 0.2, 0.1, 0}, {0, 0, 0, 1}
          });

  @Test
  void aPureColumnIsFilledWithItsBaseColourFromZeroToTwoBits() {
    SequenceLogoFigure figure = SequenceLogoFigure.of(MOTIF);
    BufferedImage image = render(figure);
    Rectangle2D plot = figure.plotArea(BOUNDS);
    Rectangle2D column = figure.columnArea(BOUNDS, 0);

    int[] counts = baseCounts(image, column);
    double area = column.getWidth() * column.getHeight();
    assertTrue(counts[A] > 0.45 * area, "A pixels " + counts[A] + " of " + area);
    assertEquals(0, counts[C] + counts[G] + counts[T]);
    List<Integer> rows = rowsWith(image, column, A);
    assertTrue(rows.get(0) <= plot.getY() + 1, "top of A " + rows.get(0) + ", plot " + plot);
    assertTrue(rows.get(rows.size() - 1) >= plot.getMaxY() - 2, "bottom " + rows);
  }

  @Test
  void aUniformColumnDrawsNothing() {
    SequenceLogoFigure figure = SequenceLogoFigure.of(MOTIF);
    int[] counts = baseCounts(render(figure), figure.columnArea(BOUNDS, 1));
    assertEquals(0, counts[A] + counts[C] + counts[G] + counts[T]);
  }

  @Test
  void lettersStackFromTheSmallestAtTheBottomToTheTallestOnTop() {
    SequenceLogoFigure figure = SequenceLogoFigure.of(MOTIF);
    BufferedImage image = render(figure);
    Rectangle2D column = figure.columnArea(BOUNDS, 2);

    assertEquals(List.of(A, C, G), dominantBasesTopToBottom(image, column));
    // A's height is its frequency times the column's information: 0.7 x 0.843 bits.
    double bits = InformationContent.uncorrected().column(new double[] {0.7, 0.2, 0.1, 0});
    double expected = 0.7 * bits / SequenceLogoFigure.MAX_BITS * column.getHeight();
    List<Integer> rows = rowsWith(image, column, A);
    double drawn = rows.get(rows.size() - 1) - rows.get(0) + 1;
    assertEquals(expected, drawn, 2.0);
    assertEquals(column.getMaxY() - drawnHeight(image, column), rows.get(0), 2.0);
  }

  @Test
  void theReverseComplementTurnsTheLeadingAIntoATrailingT() {
    SequenceLogoFigure figure = SequenceLogoFigure.of(MOTIF).reverseComplement();
    BufferedImage image = render(figure);
    int[] last = baseCounts(image, figure.columnArea(BOUNDS, 3));
    int[] first = baseCounts(image, figure.columnArea(BOUNDS, 0));
    // A bold T covers less of its box than an A: a bar and a stem.
    assertTrue(last[T] > 0.3 * area(figure.columnArea(BOUNDS, 3)), "T pixels " + last[T]);
    assertEquals(0, last[A]);
    assertTrue(first[A] > 0.45 * area(figure.columnArea(BOUNDS, 0)), "A pixels " + first[A]);
  }

  @Test
  void thePaletteColoursTheLetters() {
    SequenceLogoFigure figure =
        SequenceLogoFigure.of(MOTIF).withPalette(NucleotidePalette.COLOR_BLIND);
    BufferedImage image = render(figure);
    Rectangle2D column = figure.columnArea(BOUNDS, 0);
    int okabeGreen = 0;
    for (int y = (int) column.getY(); y < column.getMaxY(); y++) {
      for (int x = (int) column.getX(); x < column.getMaxX(); x++) {
        okabeGreen += near(image.getRGB(x, y), NucleotidePalette.COLOR_BLIND.base(A)) ? 1 : 0;
      }
    }
    assertTrue(okabeGreen > 0.45 * area(column), "Okabe-Ito green pixels " + okabeGreen);
  }

  @Test
  void aTitleMovesThePlotDownAndAxesLeaveRoomForLabels() {
    SequenceLogoFigure plain = SequenceLogoFigure.of(MOTIF);
    SequenceLogoFigure titled = plain.withTitle("CTCF");
    assertTrue(titled.plotArea(BOUNDS).getY() > plain.plotArea(BOUNDS).getY());
    Rectangle2D plot = plain.plotArea(BOUNDS);
    assertTrue(plot.getX() >= 30 && plot.getMaxY() <= BOUNDS.getMaxY() - 20, plot.toString());
    // The axis labels are drawn left of and below the plot: dark pixels there.
    BufferedImage image = render(plain);
    assertTrue(
        darkPixels(image, new Rectangle2D.Double(0, plot.getY(), plot.getX() - 1, plot.getHeight()))
            > 20);
    assertTrue(
        darkPixels(
                image,
                new Rectangle2D.Double(
                    plot.getX(),
                    plot.getMaxY() + 2,
                    plot.getWidth(),
                    BOUNDS.getMaxY() - plot.getMaxY() - 2))
            > 20);
  }

  @Test
  void drawingLeavesTheGraphicsAsItFoundThem() {
    BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.MAGENTA);
    java.awt.geom.AffineTransform before = g.getTransform();
    java.awt.Font font = g.getFont();

    SequenceLogoFigure.of(MOTIF).withTitle("t").draw(g, new Rectangle2D.Double(0, 0, 200, 100));

    assertEquals(Color.MAGENTA, g.getColor());
    assertEquals(before, g.getTransform());
    assertEquals(font, g.getFont());
    g.dispose();
  }

  private static BufferedImage render(SequenceLogoFigure figure) {
    BufferedImage image =
        new BufferedImage(
            (int) BOUNDS.getWidth(), (int) BOUNDS.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    figure.draw(g, BOUNDS);
    g.dispose();
    return image;
  }

  /** Pixels of each base colour inside the box. */
  private static int[] baseCounts(BufferedImage image, Rectangle2D box) {
    int[] counts = new int[4];
    forEachPixel(
        box,
        (x, y) -> {
          int base = baseAt(image, x, y);
          if (base >= 0) {
            counts[base]++;
          }
        });
    return counts;
  }

  private static List<Integer> rowsWith(BufferedImage image, Rectangle2D box, int base) {
    List<Integer> rows = new ArrayList<>();
    for (int y = (int) box.getY(); y < (int) box.getMaxY(); y++) {
      for (int x = (int) box.getX(); x < (int) box.getMaxX(); x++) {
        if (baseAt(image, x, y) == base) {
          rows.add(y);
          break;
        }
      }
    }
    return rows;
  }

  /** Per row the most frequent base colour; the distinct values in order from the top. */
  private static List<Integer> dominantBasesTopToBottom(BufferedImage image, Rectangle2D box) {
    List<Integer> order = new ArrayList<>();
    for (int y = (int) box.getY(); y < (int) box.getMaxY(); y++) {
      int[] counts = new int[4];
      for (int x = (int) box.getX(); x < (int) box.getMaxX(); x++) {
        int base = baseAt(image, x, y);
        if (base >= 0) {
          counts[base]++;
        }
      }
      int best = 0;
      for (int b = 1; b < 4; b++) {
        best = counts[b] > counts[best] ? b : best;
      }
      if (counts[best] >= 3 && !order.contains(best)) {
        order.add(best);
      }
    }
    return order;
  }

  /** Rows from the top-most coloured pixel to the column's bottom. */
  private static double drawnHeight(BufferedImage image, Rectangle2D box) {
    for (int y = (int) box.getY(); y < (int) box.getMaxY(); y++) {
      for (int x = (int) box.getX(); x < (int) box.getMaxX(); x++) {
        if (baseAt(image, x, y) >= 0) {
          return box.getMaxY() - y;
        }
      }
    }
    return 0;
  }

  private static int darkPixels(BufferedImage image, Rectangle2D box) {
    int[] count = new int[1];
    forEachPixel(
        box,
        (x, y) -> {
          Color c = new Color(image.getRGB(x, y));
          count[0] += c.getRed() + c.getGreen() + c.getBlue() < 300 ? 1 : 0;
        });
    return count[0];
  }

  private static int baseAt(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    for (int b = 0; b < 4; b++) {
      if (near(rgb, NucleotidePalette.STANDARD.base(b))) {
        return b;
      }
    }
    return -1;
  }

  /** Anti-aliased edges blend with the background; only near-exact colours count. */
  private static boolean near(int rgb, Color colour) {
    Color c = new Color(rgb);
    return Math.abs(c.getRed() - colour.getRed())
            + Math.abs(c.getGreen() - colour.getGreen())
            + Math.abs(c.getBlue() - colour.getBlue())
        < 24;
  }

  private static double area(Rectangle2D box) {
    return box.getWidth() * box.getHeight();
  }

  private interface PixelVisitor {
    void visit(int x, int y);
  }

  private static void forEachPixel(Rectangle2D box, PixelVisitor visitor) {
    for (int y = (int) Math.ceil(box.getY()); y < (int) box.getMaxY(); y++) {
      for (int x = (int) Math.ceil(box.getX()); x < (int) box.getMaxX(); x++) {
        visitor.visit(x, y);
      }
    }
  }
}
