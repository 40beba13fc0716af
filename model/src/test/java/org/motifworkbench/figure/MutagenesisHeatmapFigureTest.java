package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.motifworkbench.figure.MutagenesisHeatmapFigure.Cell;

/** The mutagenesis heat map rendered into real pixels. */
class MutagenesisHeatmapFigureTest {

  private static final int WIDTH = 700;
  private static final int HEIGHT = 100;
  private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT);
  private static final String SEQUENCE = "ACGTACGTACGTACGTACGT";
  private static final NucleotidePalette PALETTE = NucleotidePalette.COLOR_BLIND;

  private static MutagenesisHeatmapFigure figure() {
    float[][] values = new float[SEQUENCE.length()][4];
    values[3][0] = 2f; // T -> A at position 3 raises the score
    values[5][2] = -2f; // C -> G at position 5 lowers it
    values[9][3] = 0.5f;
    return new MutagenesisHeatmapFigure(SEQUENCE, values, PALETTE);
  }

  private static double rowCentre(int base) {
    double row = (HEIGHT - 2 * MutagenesisHeatmapFigure.PAD) / 4;
    return MutagenesisHeatmapFigure.PAD + (base + 0.5) * row;
  }

  private static double cellX(int position) {
    // A quarter into the column: clear of the observed-base dot in the centre.
    SequenceColumns columns = SequenceColumns.in(AREA, SEQUENCE.length());
    return columns.x(position) + columns.columnWidth() / 4;
  }

  @Test
  void cellColoursFollowTheSignOfTheScoreChange() {
    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, figure()::draw);

    assertTrue(
        FigureImages.near(PALETTE.positive(), FigureImages.at(image, cellX(3), rowCentre(0)), 2));
    assertTrue(
        FigureImages.near(PALETTE.negative(), FigureImages.at(image, cellX(5), rowCentre(2)), 2));
    assertEquals(Color.WHITE, FigureImages.at(image, cellX(4), rowCentre(1)));
    // A quarter of the scale is a light tint of the positive colour.
    Color light = FigureImages.at(image, cellX(9), rowCentre(3));
    assertTrue(FigureImages.near(figure().colour(0.5), light, 2), light.toString());
    assertTrue(light.getRed() > PALETTE.positive().getRed(), light.toString());
  }

  @Test
  void observedBasesCarryADot() {
    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, figure()::draw);
    SequenceColumns columns = SequenceColumns.in(AREA, SEQUENCE.length());
    for (int i = 0; i < 4; i++) {
      int observed = "ACGT".indexOf(SEQUENCE.charAt(i));
      for (int b = 0; b < 4; b++) {
        Color centre = FigureImages.at(image, columns.centre(i), rowCentre(b));
        boolean dark = centre.getRed() < 100 && centre.getGreen() < 100 && centre.getBlue() < 100;
        assertEquals(b == observed, dark, "position " + i + " base " + b + ": " + centre);
      }
    }
  }

  @Test
  void cellAtInvertsTheLayoutAndColumnsLineUpWithTheTrack() {
    MutagenesisHeatmapFigure map = figure();
    SequenceTrackFigure track =
        new SequenceTrackFigure(
            SEQUENCE, new float[SEQUENCE.length()], List.of(), Optional.empty(), PALETTE, "x");
    SequenceColumns columns = SequenceColumns.in(AREA, SEQUENCE.length());
    for (int i = 0; i < SEQUENCE.length(); i++) {
      for (int b = 0; b < 4; b++) {
        assertEquals(new Cell(i, b), map.cellAt(columns.centre(i), rowCentre(b), AREA));
      }
      assertEquals(
          track.positionAt(columns.centre(i), AREA), map.positionAt(columns.centre(i), AREA));
    }
    assertNull(map.cellAt(columns.left() - 2, rowCentre(0), AREA));
    assertNull(map.cellAt(columns.centre(0), 1, AREA));
    assertEquals(2.0, map.scale(), 1e-9);
  }

  @Test
  void theColourBarRunsFromPositiveAtTheTopToNegativeAtTheBottom() {
    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, figure()::draw);
    SequenceColumns columns = SequenceColumns.in(AREA, SEQUENCE.length());
    double x = columns.right() + 19;
    Color top = FigureImages.at(image, x, MutagenesisHeatmapFigure.PAD + 2);
    Color bottom = FigureImages.at(image, x, HEIGHT - MutagenesisHeatmapFigure.PAD - 2);
    assertTrue(FigureImages.near(PALETTE.positive(), top, 25), top.toString());
    assertTrue(FigureImages.near(PALETTE.negative(), bottom, 25), bottom.toString());
  }
}
