package org.motifworkbench.figure;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * An attribution logo, the figure of DeepLIFT, TF-MoDISco and tangermeme papers: per position the
 * letters stacked and scaled by their attribution, positive above the zero line, negative below
 * (upside down, as logomaker and tangermeme draw them), the largest furthest from the line.
 *
 * <p>For gradient x input, integrated gradients and mutagenesis only the present base has a height:
 * the method's per-position score. For the gradient all four bases have one: the gradient of the
 * class score for each base, mean-centred per position (the usual correction for one-hot inputs,
 * which removes the part of the gradient no base change can follow), so the logo shows which base
 * the model would rather see, not only how much the present one matters.
 *
 * <p>Text is drawn in points at final size: the tick size of the {@link TypeScale} when laid out
 * for print (7 pt at 85 and 170 mm), and on screen a size that follows the area (5.5-11 pt).
 * Positions are labelled in the sequence's own coordinates, also for a region ({@link
 * #firstPosition}).
 */
public final class AttributionLogoFigure implements Figure {

  static final double PREFERRED_LOGO = 120;
  static final double MIN_FONT = 5.5;
  static final double MAX_FONT = 11;

  /** Fraction of a column left empty on each side of a letter. */
  private static final double LETTER_GAP = 0.05;

  private static final List<Shape> OUTLINES = outlines();

  private final String sequence;
  private final float[][] heights;
  private final int firstPosition;
  private final NucleotidePalette palette;
  private final String valueName;
  private final String shortName;
  private final boolean alignedColumns;

  private AttributionLogoFigure(
      String sequence,
      float[][] heights,
      int firstPosition,
      NucleotidePalette palette,
      String valueName,
      String shortName,
      boolean alignedColumns) {
    this.sequence = sequence;
    this.heights = heights;
    this.firstPosition = firstPosition;
    this.palette = palette;
    this.valueName = valueName;
    this.shortName = shortName;
    this.alignedColumns = alignedColumns;
  }

  /**
   * The logo of {@code attribution}, its first base labelled {@code firstPosition} (1-based).
   *
   * @param attribution an attribution, or a {@link Attribution#slice} of one
   */
  public static AttributionLogoFigure of(
      Attribution attribution, int firstPosition, NucleotidePalette palette) {
    String sequence = attribution.sequence();
    float[][] heights = new float[sequence.length()][4];
    for (int i = 0; i < heights.length; i++) {
      if (attribution.method() == AttributionMethod.GRADIENT) {
        heights[i] = attribution.values()[i].clone();
      } else {
        int base = DnaAlphabet.index(sequence.charAt(i));
        if (base >= 0) {
          heights[i][base] = attribution.perPosition()[i];
        }
      }
    }
    String name = attribution.method().title().toLowerCase(Locale.ROOT);
    return new AttributionLogoFigure(
        sequence, heights, firstPosition, palette, name, shortName(attribution.method()), false);
  }

  /**
   * This logo with its columns where {@link SequenceColumns} puts them, so it lines up under a
   * {@link SequenceTrackFigure} of the same width (on screen); the default margins are narrower,
   * for print.
   */
  public AttributionLogoFigure alignedWithTrack() {
    return new AttributionLogoFigure(
        sequence, heights, firstPosition, palette, valueName, shortName, true);
  }

  private static String shortName(AttributionMethod method) {
    return switch (method) {
      case GRADIENT -> "gradient";
      case GRADIENT_X_INPUT -> "grad. × input";
      case INTEGRATED_GRADIENTS -> "int. gradients";
      case MUTAGENESIS -> "mutagenesis";
    };
  }

  public int length() {
    return sequence.length();
  }

  /** The 1-based number of the first base drawn. */
  public int firstPosition() {
    return firstPosition;
  }

  /** The signed height of {@code base} (0..3 = A, C, G, T) at 0-based {@code position}. */
  public float height(int position, int base) {
    return heights[position][base];
  }

  @Override
  public double preferredWidth() {
    return SequenceColumns.preferredWidth(length());
  }

  @Override
  public double preferredHeight() {
    return PREFERRED_LOGO + 3.5 * MAX_FONT;
  }

  /**
   * For print, letters one inch high at most and never under half an inch (a logo gets flat and
   * unreadable when it keeps a long sequence's proportions), plus the ruler and margins.
   */
  @Override
  public double heightFor(double width, TypeScale type) {
    if (!type.print()) {
      return Figure.super.heightFor(width, type);
    }
    double letters = Math.max(36, Math.min(72, width / 4));
    return letters + 3.0 * type.tick();
  }

  /** The 0-based position under {@code x} when drawn in {@code area}, or -1 outside the bases. */
  public int positionAt(double x, Rectangle2D area) {
    return layout(area, fontSize(area)).columns().positionAt(x);
  }

  /** Where the parts go in an area: text size, the columns, the logo's top, zero line, bottom. */
  record Layout(double fontSize, SequenceColumns columns, double top, double zeroY, double bottom) {
    double y(double value, double max, double min) {
      double span = max - min;
      return zeroY - value / span * (bottom - top);
    }
  }

  /**
   * The text size for an area: a 60th of its width (5.5 pt at 85 mm, 8 pt at 170 mm), within 5.5
   * and 11 points, and smaller than an eighth of a flat area's height.
   */
  static double fontSize(Rectangle2D area) {
    double size = Math.min(area.getWidth() / 60, area.getHeight() / 8);
    return Math.max(MIN_FONT, Math.min(MAX_FONT, size));
  }

  Layout layout(Rectangle2D area) {
    return layout(area, fontSize(area));
  }

  private Layout layout(Rectangle2D area, double font) {
    SequenceColumns columns;
    if (alignedColumns) {
      columns = SequenceColumns.in(area, length());
    } else {
      // tick labels (about four digits), the rotated value name and gaps
      double left = area.getMinX() + font * 6.2;
      // room for half of the last position's number, centred on the last column (a DejaVu digit
      // is 0.64 em wide)
      int digits = Integer.toString(firstPosition + length() - 1).length();
      double right = font * Math.max(1, 0.34 * digits + 0.2);
      double usable = Math.max(1, area.getMaxX() - right - left);
      columns = new SequenceColumns(left, usable / Math.max(1, length()), length());
    }
    double top = area.getMinY() + font * 2.2;
    double bottom = Math.max(top + 1, area.getMaxY() - font * 0.8);
    double[] range = range();
    double zero = top + (bottom - top) * range[1] / (range[1] - range[0]);
    return new Layout(font, columns, top, zero, bottom);
  }

  /** The lowest stack's depth and the highest stack's height: {min <= 0, max >= 0}, never equal. */
  double[] range() {
    double min = 0;
    double max = 0;
    for (float[] column : heights) {
      double up = 0;
      double down = 0;
      for (float h : column) {
        if (h > 0) {
          up += h;
        } else if (h < 0) {
          down += h;
        }
      }
      max = Math.max(max, up);
      min = Math.min(min, down);
    }
    return max - min > 0 ? new double[] {min, max} : new double[] {0, 1};
  }

  @Override
  public void draw(Graphics2D g, Rectangle2D area) {
    draw(g, area, TypeScale.SCREEN);
  }

  @Override
  public void draw(Graphics2D g, Rectangle2D area, TypeScale type) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Layout layout = layout(area, type.print() ? type.tick() : fontSize(area));
      double[] range = range();
      drawLetters(g2, layout, range);
      g2.setFont(FigureFonts.plain(layout.fontSize()));
      g2.setStroke(new BasicStroke((float) Math.max(0.5, layout.fontSize() / 12)));
      drawRuler(g2, layout);
      drawValueAxis(g2, layout, range);
    } finally {
      g2.dispose();
    }
  }

  private void drawLetters(Graphics2D g, Layout layout, double[] range) {
    SequenceColumns columns = layout.columns();
    double gap = columns.columnWidth() * LETTER_GAP;
    Integer[] order = {0, 1, 2, 3};
    for (int i = 0; i < length(); i++) {
      float[] column = heights[i];
      // smallest magnitude next to the zero line, the largest furthest from it
      Arrays.sort(order, Comparator.comparingDouble(b -> Math.abs(column[b])));
      double up = layout.zeroY();
      double down = layout.zeroY();
      for (int b : order) {
        double h = layout.zeroY() - layout.y(Math.abs(column[b]), range[1], range[0]);
        if (column[b] == 0 || Float.isNaN(column[b]) || h < 0.05) {
          continue;
        }
        g.setColor(palette.base(b));
        double x = columns.x(i) + gap;
        double w = columns.columnWidth() - 2 * gap;
        if (column[b] > 0) {
          g.fill(fitted(b, x, up - h, w, h, false));
          up -= h;
        } else {
          g.fill(fitted(b, x, down, w, h, true));
          down += h;
        }
      }
    }
    g.setColor(SequenceTrackFigure.MUTED);
    g.setStroke(new BasicStroke(0.75f));
    g.draw(new Line2D.Double(columns.left(), layout.zeroY(), columns.right(), layout.zeroY()));
  }

  private void drawRuler(Graphics2D g, Layout layout) {
    SequenceColumns columns = layout.columns();
    FontMetrics metrics = g.getFontMetrics();
    g.setColor(SequenceTrackFigure.MUTED);
    int last = firstPosition + length() - 1;
    double widest = metrics.stringWidth(Integer.toString(last)) * 1.6;
    int step = 1;
    for (int s : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
      step = s;
      if (s * columns.columnWidth() >= widest) {
        break;
      }
    }
    double tickBottom = layout.top() - layout.fontSize() * 0.25;
    double baseline = tickBottom - layout.fontSize() * 0.45;
    int first = (firstPosition + step - 1) / step * step;
    for (int p = first; p <= last; p += step) {
      double x = columns.centre(p - firstPosition);
      g.draw(new Line2D.Double(x, tickBottom - layout.fontSize() * 0.3, x, tickBottom));
      FigureText.centred(g, Integer.toString(p), x, baseline);
    }
  }

  private void drawValueAxis(Graphics2D g, Layout layout, double[] range) {
    double axisX = layout.columns().left() - layout.fontSize() * 0.4;
    double tick = layout.fontSize() * 0.3;
    g.setColor(SequenceTrackFigure.MUTED);
    g.draw(new Line2D.Double(axisX, layout.top(), axisX, layout.bottom()));
    FontMetrics metrics = g.getFontMetrics();
    double widest = 0;
    double[] values = {range[1], 0, range[0]};
    double lastY = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      double y = layout.y(v, range[1], range[0]);
      // a tick label too close to the previous one (a range almost all on one side) is left out
      if (v != 0 && Math.abs(y - layout.zeroY()) < metrics.getAscent() * 1.1) {
        continue;
      }
      if (y - lastY < metrics.getAscent() * 1.1) {
        continue;
      }
      String label = FigureText.signed(v);
      g.draw(new Line2D.Double(axisX - tick, y, axisX, y));
      FigureText.rightAligned(g, label, axisX - tick * 1.5, y);
      widest = Math.max(widest, metrics.stringWidth(label));
      lastY = y;
    }
    g.setColor(SequenceTrackFigure.INK);
    double room = layout.bottom() - layout.top();
    String name = metrics.stringWidth(valueName) <= room ? valueName : shortName;
    if (metrics.stringWidth(name) > room) {
      return; // a logo too flat for any label: the ticks still give the scale
    }
    double x = axisX - tick * 1.5 - widest - metrics.getDescent() - layout.fontSize() * 0.3;
    double centreY = (layout.top() + layout.bottom()) / 2;
    AffineTransform before = g.getTransform();
    g.translate(x, centreY + metrics.stringWidth(name) / 2.0);
    g.rotate(-Math.PI / 2);
    g.drawString(name, 0f, 0f);
    g.setTransform(before);
  }

  /**
   * The outline of base {@code b} filling the box (x, y, width, height), upside down when {@code
   * flipped} (a negative attribution).
   */
  private static Shape fitted(
      int b, double x, double y, double width, double height, boolean flipped) {
    Shape outline = OUTLINES.get(b);
    Rectangle2D ink = outline.getBounds2D();
    AffineTransform fit = new AffineTransform();
    fit.translate(x, flipped ? y + height : y);
    fit.scale(width / ink.getWidth(), (flipped ? -height : height) / ink.getHeight());
    fit.translate(-ink.getX(), -ink.getY());
    return fit.createTransformedShape(outline);
  }

  /** A, C, G, T outlines of the figures' bold typeface; letters are shapes, not text. */
  private static List<Shape> outlines() {
    Font font = FigureFonts.bold(200);
    FontRenderContext context = new FontRenderContext(null, true, true);
    return DnaAlphabet.ACGT
        .chars()
        .mapToObj(c -> font.createGlyphVector(context, String.valueOf((char) c)).getOutline())
        .toList();
  }
}
