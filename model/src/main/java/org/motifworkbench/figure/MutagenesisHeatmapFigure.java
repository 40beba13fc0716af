package org.motifworkbench.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * In-silico mutagenesis as a heat map: four rows (A, C, G, T) by one column per base, each cell the
 * class-score change of substituting that base, on a diverging scale centred at 0 (score up in the
 * palette's positive colour, down in its negative colour). Cells of the observed bases carry a dot.
 * A colour bar in the right margin gives the scale. Columns follow {@link SequenceColumns}, so the
 * map lines up under a {@link SequenceTrackFigure} of the same width.
 */
public final class MutagenesisHeatmapFigure implements Figure {

  /** A cell: 0-based position and base index (0..3 = A, C, G, T). */
  public record Cell(int position, int base) {}

  static final double PAD = 6;
  static final double PREFERRED_ROW = 18;
  static final double MIN_ROW = 8;
  static final Color OBSERVED_DOT = new Color(0x33, 0x33, 0x33);

  private final String sequence;
  private final float[][] values;
  private final NucleotidePalette palette;
  private final double maxAbs;

  /**
   * @param sequence the observed bases
   * @param values L x 4 score changes, bases in A C G T order (0 at the observed base)
   */
  public MutagenesisHeatmapFigure(String sequence, float[][] values, NucleotidePalette palette) {
    if (values.length != sequence.length()) {
      throw new IllegalArgumentException(
          "There are "
              + values.length
              + " rows of score changes for "
              + sequence.length()
              + " bases.");
    }
    this.sequence = sequence;
    this.values = new float[values.length][];
    double max = 0;
    for (int i = 0; i < values.length; i++) {
      this.values[i] = values[i].clone();
      for (float v : values[i]) {
        max = Float.isNaN(v) ? max : Math.max(max, Math.abs(v));
      }
    }
    this.maxAbs = max > 0 ? max : 1;
    this.palette = palette;
  }

  public int length() {
    return sequence.length();
  }

  @Override
  public double preferredWidth() {
    return SequenceColumns.preferredWidth(length());
  }

  @Override
  public double preferredHeight() {
    return 2 * PAD + 4 * PREFERRED_ROW;
  }

  /** The largest absolute score change: the ends of the colour scale. */
  public double scale() {
    return maxAbs;
  }

  /** The 0-based position under {@code x} when drawn in {@code area}, or -1 outside the bases. */
  public int positionAt(double x, Rectangle2D area) {
    return SequenceColumns.in(area, length()).positionAt(x);
  }

  /**
   * The cell under ({@code x}, {@code y}) when drawn in {@code area}, or null outside the cells.
   */
  public Cell cellAt(double x, double y, Rectangle2D area) {
    int position = positionAt(x, area);
    double row = rowHeight(area);
    double top = area.getMinY() + PAD;
    if (position < 0 || y < top || y >= top + 4 * row) {
      return null;
    }
    return new Cell(position, Math.min(3, (int) ((y - top) / row)));
  }

  /** The score change of substituting base {@code base} at {@code position}. */
  public float value(int position, int base) {
    return values[position][base];
  }

  /** The colour of a score change: white at 0, the palette's sign colours at the scale's ends. */
  public Color colour(double value) {
    if (Double.isNaN(value)) {
      return Color.LIGHT_GRAY;
    }
    double t = Math.max(-1, Math.min(1, value / maxAbs));
    return mix(Color.WHITE, t >= 0 ? palette.positive() : palette.negative(), Math.abs(t));
  }

  private static Color mix(Color from, Color to, double t) {
    return new Color(
        (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
        (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
        (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
  }

  private static double rowHeight(Rectangle2D area) {
    return rowHeight(area, TypeScale.SCREEN);
  }

  private static double rowHeight(Rectangle2D area, TypeScale type) {
    return Math.max(minRow(type), (area.getHeight() - 2 * pad(type)) / 4);
  }

  private static double pad(TypeScale type) {
    return type.print() ? type.tick() / 2 : PAD;
  }

  /** The lowest row that holds its base letter with room to the next (in print). */
  private static double minRow(TypeScale type) {
    return type.print() ? 1.3 * type.label() : MIN_ROW;
  }

  /** Four rows of their own height: the height does not grow with the width. */
  @Override
  public double heightFor(double width, TypeScale type) {
    return type.print() ? 2 * pad(type) + 4 * minRow(type) : Figure.super.heightFor(width, type);
  }

  /** Draws the heat map and its colour bar into {@code area} of {@code g}. */
  @Override
  public void draw(Graphics2D g, Rectangle2D area) {
    draw(g, area, TypeScale.SCREEN);
  }

  /** Draws with {@code type}'s text: row letters at its label size, the scale at its tick size. */
  @Override
  public void draw(Graphics2D g, Rectangle2D area, TypeScale type) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      SequenceColumns columns = SequenceColumns.in(area, length(), type);
      double row = rowHeight(area, type);
      double top = area.getMinY() + pad(type);
      drawCells(g2, columns, top, row);
      drawRowLabels(g2, columns, top, row, type);
      drawColourBar(g2, columns, top, 4 * row, type);
    } finally {
      g2.dispose();
    }
  }

  private void drawCells(Graphics2D g, SequenceColumns columns, double top, double row) {
    double w = columns.columnWidth();
    double radius = Math.max(1, Math.min(w, row) * 0.16);
    for (int i = 0; i < length(); i++) {
      int observed = DnaAlphabet.index(sequence.charAt(i));
      for (int b = 0; b < 4; b++) {
        double y = top + b * row;
        g.setColor(colour(values[i][b]));
        // Cells overlap by a fraction of a pixel so no seams show between them.
        g.fill(new Rectangle2D.Double(columns.x(i), y, w + 0.5, row + 0.5));
        if (b == observed) {
          g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
          g.setColor(OBSERVED_DOT);
          g.fill(
              new Ellipse2D.Double(
                  columns.centre(i) - radius, y + row / 2 - radius, 2 * radius, 2 * radius));
          g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        }
      }
    }
    g.setColor(SequenceTrackFigure.GRID);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Rectangle2D.Double(columns.left(), top, columns.right() - columns.left(), 4 * row));
  }

  private void drawRowLabels(
      Graphics2D g, SequenceColumns columns, double top, double row, TypeScale type) {
    g.setFont(type.print() ? type.boldLabelFont() : FigureFonts.bold(11));
    double letters = g.getFontMetrics().stringWidth("W");
    for (int b = 0; b < 4; b++) {
      g.setColor(palette.base(b));
      FigureText.rightAligned(
          g, String.valueOf(DnaAlphabet.ACGT.charAt(b)), columns.left() - 8, top + (b + 0.5) * row);
    }
    g.setFont(type.tickFont());
    g.setColor(SequenceTrackFigure.INK);
    double right = type.print() ? columns.left() - 8 - letters - type.gap() : columns.left() - 24;
    FigureText.rightAligned(g, "change to", right, top + 1.5 * row);
    FigureText.rightAligned(g, "(\u2022 observed)", right, top + 2.5 * row);
  }

  private void drawColourBar(
      Graphics2D g, SequenceColumns columns, double top, double height, TypeScale type) {
    double x = columns.right() + (type.print() ? 2 * type.gap() : 14);
    double width = type.print() ? type.tick() : 10;
    int steps = 40;
    for (int s = 0; s < steps; s++) {
      double value = maxAbs * (1 - 2.0 * (s + 0.5) / steps);
      g.setColor(colour(value));
      g.fill(new Rectangle2D.Double(x, top + s * height / steps, width, height / steps + 0.5));
    }
    g.setColor(SequenceTrackFigure.MUTED);
    g.draw(new Rectangle2D.Double(x, top, width, height));
    g.setFont(type.tickFont());
    g.setColor(SequenceTrackFigure.INK);
    double labelX = x + width + (type.print() ? type.gap() : 4);
    double inset = type.print() ? type.tick() * 0.4 : 4;
    FigureText.leftAligned(g, FigureText.signed(maxAbs), labelX, top + inset);
    FigureText.leftAligned(g, "0", labelX, top + height / 2);
    FigureText.leftAligned(g, FigureText.signed(-maxAbs), labelX, top + height - inset);
    g.draw(new Line2D.Double(x + width, top + height / 2, x + width + 2, top + height / 2));
  }
}
