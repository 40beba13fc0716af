package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.motifworkbench.figure.SequenceTrackFigure.AttentionTrack;
import org.motifworkbench.figure.SequenceTrackFigure.MarkedSite;
import org.motifworkbench.figure.SequenceTrackFigure.Rows;

/** The sequence track rendered into real pixels. */
class SequenceTrackFigureTest {

  private static final int WIDTH = 700;
  private static final int HEIGHT = 260;
  private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT);
  private static final NucleotidePalette PALETTE = NucleotidePalette.STANDARD;
  private static final String SEQUENCE = "TTTTTTTCTTTTTTTTTTTTTTTTTTTTTT"; // C at position 7

  private static SequenceTrackFigure figure(
      float[] saliency, List<AttentionTrack> attention, Optional<MarkedSite> site) {
    return new SequenceTrackFigure(SEQUENCE, saliency, attention, site, PALETTE, "attribution");
  }

  private static float[] saliency() {
    float[] values = new float[SEQUENCE.length()];
    values[5] = 1.0f;
    values[12] = -0.5f;
    return values;
  }

  @Test
  void positiveBarsRiseInThePositiveColourAndNegativeBarsHangInTheNegativeColour() {
    SequenceTrackFigure track = figure(saliency(), List.of(), Optional.empty());
    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, track::draw);
    SequenceColumns columns = SequenceColumns.in(AREA, SEQUENCE.length());
    Rows rows = track.rows(AREA);

    assertTrue(
        FigureImages.near(
            PALETTE.positive(), FigureImages.at(image, columns.centre(5), rows.zeroY() - 10), 2));
    assertTrue(
        FigureImages.near(
            PALETTE.positive(), FigureImages.at(image, columns.centre(5), rows.barsTop() + 2), 2));
    assertEquals(Color.WHITE, FigureImages.at(image, columns.centre(5), rows.zeroY() + 10));
    assertTrue(
        FigureImages.near(
            PALETTE.negative(), FigureImages.at(image, columns.centre(12), rows.zeroY() + 10), 2));
    assertEquals(Color.WHITE, FigureImages.at(image, columns.centre(12), rows.zeroY() - 10));
    assertEquals(Color.WHITE, FigureImages.at(image, columns.centre(8), rows.zeroY() - 10));
    // The tallest bar fills the bar area; the negative one reaches half as far.
    assertEquals(rows.barsTop(), rows.y(1.0), 1e-9);
    assertEquals(rows.barsTop() + rows.barsHeight(), rows.y(-0.5), 1e-9);
  }

  @Test
  void theLetterOfPositionILandsInColumnI() {
    SequenceTrackFigure track = figure(new float[SEQUENCE.length()], List.of(), Optional.empty());
    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, track::draw);
    Rows rows = track.rows(AREA);
    Color c = PALETTE.base('C');
    Color t = PALETTE.base('T');

    int cPixels = 0;
    int tPixels = 0;
    for (int y = (int) rows.lettersTop();
        y < rows.lettersTop() + SequenceTrackFigure.LETTERS;
        y++) {
      for (int x = 0; x < WIDTH; x++) {
        Color pixel = new Color(image.getRGB(x, y));
        if (FigureImages.near(pixel, c, 8)) {
          cPixels++;
          assertEquals(7, track.positionAt(x, AREA), "C pixel at x=" + x);
        } else if (FigureImages.near(pixel, t, 8)) {
          tPixels++;
          assertTrue(track.positionAt(x, AREA) != 7, "T pixel in the C column at x=" + x);
        }
      }
    }
    assertTrue(cPixels > 10, "the C was not drawn: " + cPixels + " pixels");
    assertTrue(tPixels > 10 * cPixels, "the Ts were not drawn: " + tPixels + " pixels");
  }

  @Test
  void positionAtInvertsTheLayout() {
    SequenceTrackFigure track = figure(saliency(), List.of(), Optional.empty());
    SequenceColumns columns = SequenceColumns.in(AREA, SEQUENCE.length());
    for (int i = 0; i < SEQUENCE.length(); i++) {
      assertEquals(i, track.positionAt(columns.centre(i), AREA));
      assertEquals(i, track.positionAt(columns.x(i) + 0.01, AREA));
    }
    assertEquals(-1, track.positionAt(columns.left() - 1, AREA));
    assertEquals(-1, track.positionAt(columns.right() + 1, AREA));
    assertEquals(
        (WIDTH - SequenceColumns.LEFT_MARGIN - SequenceColumns.RIGHT_MARGIN) / SEQUENCE.length(),
        columns.columnWidth(),
        1e-9);
    // A short sequence keeps columns of at most MAX_COLUMN_WIDTH.
    assertEquals(SequenceColumns.MAX_COLUMN_WIDTH, SequenceColumns.in(AREA, 4).columnWidth(), 1e-9);
  }

  @Test
  void attentionShorterThanTheSequenceIsCentredOnItsKernelWindows() {
    // A kernel of 7 without padding gives L - 6 weights; weight j belongs to base j + 3.
    float[] weights = new float[SEQUENCE.length() - 6];
    weights[10] = 1f;
    AttentionTrack branch = new AttentionTrack(7, weights);
    assertEquals(13, branch.position(10, SEQUENCE.length()));
    SequenceTrackFigure track = figure(saliency(), List.of(branch), Optional.empty());
    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, track::draw);
    Rows rows = track.rows(AREA);
    SequenceColumns columns = SequenceColumns.in(AREA, SEQUENCE.length());

    double y = rows.attentionTop() + 10; // in the upper half of the attention row
    int best = -1;
    int bestCount = 0;
    for (int i = 0; i < SEQUENCE.length(); i++) {
      int count = 0;
      for (int x = (int) columns.x(i); x < columns.x(i + 1); x++) {
        count += FigureImages.at(image, x, y).equals(Color.WHITE) ? 0 : 1;
      }
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    assertEquals(13, best);
  }

  @Test
  void aMarkedSiteIsShadedOverItsBasesOnly() {
    SequenceTrackFigure track =
        figure(new float[SEQUENCE.length()], List.of(), Optional.of(new MarkedSite(3, 9, "site")));
    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, track::draw);
    Rows rows = track.rows(AREA);
    SequenceColumns columns = SequenceColumns.in(AREA, SEQUENCE.length());
    double y = rows.barsTop() + 5;
    assertTrue(!FigureImages.at(image, columns.centre(3), y).equals(Color.WHITE));
    assertTrue(!FigureImages.at(image, columns.centre(8), y).equals(Color.WHITE));
    assertEquals(Color.WHITE, FigureImages.at(image, columns.centre(2), y));
    assertEquals(Color.WHITE, FigureImages.at(image, columns.centre(9), y));
  }

  @Test
  void longSequencesAskForLegibleColumnsAndDrawColourBlocksWhenSqueezed() {
    String bases = "ACGT".repeat(250);
    SequenceTrackFigure track =
        new SequenceTrackFigure(
            bases, new float[bases.length()], List.of(), Optional.empty(), PALETTE, "attribution");
    assertTrue(track.preferredWidth() >= bases.length() * SequenceColumns.MIN_LETTER_WIDTH);

    BufferedImage image = FigureImages.render(WIDTH, HEIGHT, track::draw); // 0.6 px per base
    Rows rows = track.rows(AREA);
    int coloured = 0;
    double y = rows.lettersTop() + SequenceTrackFigure.LETTERS / 2;
    for (int x = (int) SequenceColumns.LEFT_MARGIN; x < WIDTH - SequenceColumns.RIGHT_MARGIN; x++) {
      coloured += FigureImages.at(image, x, y).equals(Color.WHITE) ? 0 : 1;
    }
    assertTrue(
        coloured > 0.9 * (WIDTH - SequenceColumns.LEFT_MARGIN - SequenceColumns.RIGHT_MARGIN),
        "coloured pixels: " + coloured);
  }

  @Test
  void mismatchedLengthsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SequenceTrackFigure(
                "ACGT", new float[3], List.of(), Optional.empty(), PALETTE, "x"));
  }

  @Test
  void rulerStepsGrowWhenColumnsAreNarrow() {
    assertEquals(10, new SequenceColumns(0, 10, 100).tickStep());
    assertEquals(50, new SequenceColumns(0, 1, 1000).tickStep());
    assertEquals(100, new SequenceColumns(0, 0.5, 2000).tickStep());
  }
}
