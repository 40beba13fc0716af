package org.motifworkbench.figure;

import java.awt.Font;

/**
 * The text sizes of a figure, in points at the size it is shown or printed. {@link #SCREEN} keeps
 * the workbench's on-screen look (and a figure exported at its natural size); {@link #PRINT} is
 * what journals ask for at a printed width (8 pt titles, 7 pt labels and ticks), whatever that
 * width is, so a figure at 170 mm has the same text as at 85 mm, not text twice as large. No size
 * is ever under {@link #MIN_POINTS}. Figures lay themselves out around these sizes (margins, row
 * heights, tick spacing), so text is never scaled after layout.
 *
 * @param title bold titles
 * @param label axis names, class and row names
 * @param tick tick labels, legends and notes
 */
public record TypeScale(double title, double label, double tick) {

  /** The smallest text journals accept at final size. */
  public static final double MIN_POINTS = 5;

  /** On screen and at a figure's natural size. */
  public static final TypeScale SCREEN = new TypeScale(14, 11, 10);

  /** At a journal's printed widths (85 mm column, 170 mm page). */
  public static final TypeScale PRINT = new TypeScale(8, 7, 7);

  public TypeScale {
    if (!(title >= MIN_POINTS && label >= MIN_POINTS && tick >= MIN_POINTS)) {
      throw new IllegalArgumentException(
          "Figure text must be at least "
              + MIN_POINTS
              + " pt (got "
              + title
              + ", "
              + label
              + ", "
              + tick
              + ").");
    }
  }

  /** Whether this is a print scale (text of journal sizes), as opposed to the screen's. */
  public boolean print() {
    return label < SCREEN.label;
  }

  Font titleFont() {
    return FigureFonts.bold(title);
  }

  Font labelFont() {
    return FigureFonts.plain(label);
  }

  Font boldLabelFont() {
    return FigureFonts.bold(label);
  }

  Font tickFont() {
    return FigureFonts.plain(tick);
  }

  /** The usual space between a text and what it labels: half the tick size. */
  double gap() {
    return tick / 2;
  }

  /** Height of one line of label text, with leading. */
  double line() {
    return label * 1.25;
  }
}
