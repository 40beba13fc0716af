package org.motifworkbench.figure;

import java.awt.geom.Rectangle2D;

/**
 * The horizontal layout shared by the per-base figures: a left margin for row labels and axes, one
 * column per base, a right margin for legends. Figures stacked in one column of the same width put
 * base i at the same x, so a saliency track and a mutagenesis heat map line up.
 *
 * @param left x of the first column's left edge
 * @param columnWidth width of one base's column
 * @param length number of bases
 */
public record SequenceColumns(double left, double columnWidth, int length) {

  /** Room for row labels ("attention k=15") and the value axis. */
  public static final double LEFT_MARGIN = 96;

  /** Room for the heat map's colour bar and its labels. */
  public static final double RIGHT_MARGIN = 76;

  /** Narrowest column in which a letter stays legible; narrower columns show colour blocks. */
  public static final double MIN_LETTER_WIDTH = 7;

  /** Columns are never wider than this, so a short sequence does not turn into a poster. */
  public static final double MAX_COLUMN_WIDTH = 26;

  /** Column width a figure asks for, so a long sequence scrolls instead of losing its letters. */
  public static final double PREFERRED_COLUMN_WIDTH = 10;

  /** The columns of {@code length} bases across {@code area}, between the two margins. */
  public static SequenceColumns in(Rectangle2D area, int length) {
    return in(area, length, TypeScale.SCREEN);
  }

  /**
   * The columns of {@code length} bases across {@code area}, between margins sized for {@code
   * type}'s text: in print they hold 7-pt labels, so a single column's width keeps most of its room
   * for the bases.
   */
  public static SequenceColumns in(Rectangle2D area, int length, TypeScale type) {
    double left = leftMargin(type);
    double usable = Math.max(1, area.getWidth() - left - rightMargin(type));
    double width = Math.min(MAX_COLUMN_WIDTH, usable / Math.max(1, length));
    return new SequenceColumns(area.getMinX() + left, width, length);
  }

  /** Room for row labels and the value axis: {@link #LEFT_MARGIN} on screen. */
  public static double leftMargin(TypeScale type) {
    return type.print() ? 10 * type.tick() : LEFT_MARGIN;
  }

  /** Room for a colour bar and its labels: {@link #RIGHT_MARGIN} on screen. */
  public static double rightMargin(TypeScale type) {
    return type.print() ? 5.8 * type.tick() : RIGHT_MARGIN;
  }

  /** The width a figure needs to show {@code length} bases as legible letters. */
  public static double preferredWidth(int length) {
    return LEFT_MARGIN + RIGHT_MARGIN + length * PREFERRED_COLUMN_WIDTH;
  }

  /** Left edge of the column of 0-based {@code position}. */
  public double x(int position) {
    return left + position * columnWidth;
  }

  /** Centre of the column of {@code position}. */
  public double centre(int position) {
    return x(position) + columnWidth / 2;
  }

  /** Right edge of the last column. */
  public double right() {
    return x(length);
  }

  /** The 0-based position whose column contains {@code x}, or -1 outside the columns. */
  public int positionAt(double x) {
    if (x < left || x >= right()) {
      return -1;
    }
    return Math.min(length - 1, (int) Math.floor((x - left) / columnWidth));
  }

  /** Whether letters fit in the columns. */
  public boolean lettersFit() {
    return columnWidth >= MIN_LETTER_WIDTH;
  }

  /**
   * The size of a bold base letter that fills a column with a point of space to its neighbours (a
   * DejaVu Sans Bold letter is at most 0.83 em wide; centring on whole-point widths can shift it),
   * at most {@code max}.
   */
  public double letterSize(double max) {
    return Math.min(max, (columnWidth - 1) / 0.9);
  }

  /**
   * Bases between numbered ruler ticks: 10, or more when ten columns are too narrow for a label.
   */
  public int tickStep() {
    int step = 10;
    while (step * columnWidth < 28) {
      step *= step % 100 == 0 || step == 10 ? 5 : 2;
    }
    return step;
  }

  /**
   * Bases between numbered ruler ticks for labels {@code labelWidth} wide: at least 10, a nice
   * number (10, 20, 50, 100...) that leaves {@code gap} between neighbouring labels.
   */
  public int tickStep(double labelWidth, double gap) {
    return Math.max(10, NiceTicks.positions(columnWidth, labelWidth, gap));
  }
}
