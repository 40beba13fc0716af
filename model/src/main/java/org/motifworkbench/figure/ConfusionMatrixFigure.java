package org.motifworkbench.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.motifworkbench.evaluation.ConfusionMatrix;

/**
 * A confusion matrix as a heat map: rows are true classes, columns predicted classes, each cell
 * shows its count and its share of the row (the true class), and is coloured by that share so a
 * good model shows a dark diagonal whatever the class sizes. Draws into any {@link Graphics2D}: a
 * screen canvas, a PNG, an SVG or a PDF.
 */
public final class ConfusionMatrixFigure implements Figure {

  private static final Color EMPTY_ROW = new Color(0xEE, 0xEF, 0xF1);
  private static final Color TEXT = new Color(0x1F, 0x29, 0x33);
  private static final Color AXIS_TEXT = new Color(0x24, 0x4A, 0x70);

  /** A white-to-navy ramp: light enough at 0 for dark text, dark enough at 1 for white text. */
  private static final Color[] RAMP = {
    new Color(0xF5, 0xF8, 0xFB),
    new Color(0x9E, 0xC2, 0xE0),
    new Color(0x3A, 0x78, 0xB0),
    new Color(0x14, 0x33, 0x5C)
  };

  private static final double GAP = 8;
  private static final double PRINT_GAP = 4;
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private final ConfusionMatrix matrix;

  public ConfusionMatrixFigure(ConfusionMatrix matrix) {
    this.matrix = Objects.requireNonNull(matrix, "matrix");
  }

  public ConfusionMatrix matrix() {
    return matrix;
  }

  /** About 80 points per class plus room for class names: square cells when exported. */
  @Override
  public double preferredWidth() {
    return 150 + 80.0 * matrix.size();
  }

  @Override
  public double preferredHeight() {
    return 70 + 80.0 * matrix.size();
  }

  /** Draws the whole figure (axis titles, class names, cells) inside {@code area}. */
  @Override
  public void draw(Graphics2D g, Rectangle2D area) {
    draw(g, area, TypeScale.SCREEN);
  }

  /** Square cells across the width left by the class names, plus the two title rows. */
  @Override
  public double heightFor(double width, TypeScale type) {
    Layout probe = layout(new Rectangle2D.Double(0, 0, width, 10_000), type);
    double left = probe.gridX() - probe.left();
    double top = probe.gridY() - probe.titleY();
    double cell = (width - left - probe.gap()) / matrix.size();
    return top + cell * matrix.size() + probe.gap();
  }

  /** Draws with {@code type}'s text: class names and titles at its label size. */
  @Override
  public void draw(Graphics2D g, Rectangle2D area, TypeScale type) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Layout layout = layout(area, type);
      if (layout.cell() < 4) {
        return; // too small to show anything readable
      }
      drawAxes(g2, layout);
      for (int t = 0; t < matrix.size(); t++) {
        for (int p = 0; p < matrix.size(); p++) {
          drawCell(g2, t, p, layout.cell(t, p), type);
        }
      }
    } finally {
      g2.dispose();
    }
  }

  /** Where the cell of true class {@code trueClass} and predicted class {@code predicted} is. */
  public Rectangle2D cellBounds(int trueClass, int predicted, Rectangle2D area) {
    return layout(area, TypeScale.SCREEN).cell(trueClass, predicted);
  }

  /** The cell's share of its row (its true class), or NaN when the class has no examples. */
  public double rowFraction(int trueClass, int predicted) {
    int support = matrix.support(trueClass);
    return support == 0 ? Double.NaN : (double) matrix.count(trueClass, predicted) / support;
  }

  /** The fill of a cell whose row share is {@code fraction}; light grey for an empty row (NaN). */
  public static Color cellColor(double fraction) {
    if (Double.isNaN(fraction)) {
      return EMPTY_ROW;
    }
    double x = Math.max(0, Math.min(1, fraction)) * (RAMP.length - 1);
    int i = Math.min((int) x, RAMP.length - 2);
    return mix(RAMP[i], RAMP[i + 1], x - i);
  }

  /** Dark text on light fills and white text on dark ones, by the fill's relative luminance. */
  public static Color textColorOn(Color fill) {
    return luminance(fill) < 0.4 ? Color.WHITE : TEXT;
  }

  /** WCAG relative luminance (0 black .. 1 white). */
  static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(int channel) {
    double s = channel / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
  }

  private void drawCell(Graphics2D g, int t, int p, Rectangle2D cell, TypeScale type) {
    double fraction = rowFraction(t, p);
    Color fill = cellColor(fraction);
    g.setColor(fill);
    g.fill(cell);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(1.5f));
    g.draw(cell);
    g.setColor(textColorOn(fill));
    // On screen the numbers grow with the cell; in print they keep the journal's sizes.
    double countSize =
        type.print()
            ? clamp(cell.getHeight() / 5, type.label(), type.title())
            : Math.rint(clamp(cell.getHeight() / 5, 9, 22));
    Font countFont = FigureFonts.bold(countSize);
    Font shareFont =
        type.print() ? type.tickFont() : FigureFonts.plain(Math.rint(countSize * 0.72));
    String count = Integer.toString(matrix.count(t, p));
    String share = MetricFormat.percent(fraction);
    boolean roomForShare =
        cell.getHeight() >= 3.2 * countSize
            && shareFont.getStringBounds(share, MEASURE).getWidth() <= cell.getWidth() - 4;
    double centreY = cell.getCenterY();
    if (roomForShare) {
      centred(g, countFont, count, cell.getCenterX(), centreY - countSize * 0.45);
      centred(g, shareFont, share, cell.getCenterX(), centreY + countSize * 0.75);
    } else {
      centred(g, countFont, count, cell.getCenterX(), centreY);
    }
  }

  private void drawAxes(Graphics2D g, Layout layout) {
    int k = matrix.size();
    g.setColor(AXIS_TEXT);
    Font title = FigureFonts.bold(layout.fontSize());
    Font names = FigureFonts.plain(layout.fontSize());
    double gridWidth = layout.cell() * k;
    centred(
        g,
        title,
        "Predicted class",
        layout.gridX() + gridWidth / 2,
        layout.titleY() + layout.lineHeight() / 2);
    g.setColor(TEXT);
    for (int p = 0; p < k; p++) {
      String name = fitted(names, matrix.labels().get(p), layout.cell() - 4);
      centred(
          g,
          names,
          name,
          layout.gridX() + (p + 0.5) * layout.cell(),
          layout.gridY() - layout.gap() / 2 - layout.lineHeight() / 2);
    }
    for (int t = 0; t < k; t++) {
      String name = fitted(names, matrix.labels().get(t), layout.nameWidth());
      double y = layout.gridY() + (t + 0.5) * layout.cell();
      double width = names.getStringBounds(name, MEASURE).getWidth();
      baseline(g, names, name, layout.gridX() - layout.gap() - width, y);
    }
    AffineTransform saved = g.getTransform();
    g.setColor(AXIS_TEXT);
    double x = layout.left() + layout.lineHeight() / 2;
    double y = layout.gridY() + layout.cell() * k / 2;
    g.rotate(-Math.PI / 2, x, y);
    centred(g, title, "True class", x, y);
    g.setTransform(saved);
  }

  /** Positions of everything, from the area and the class names' widths. */
  private Layout layout(Rectangle2D area, TypeScale type) {
    int k = matrix.size();
    double fontSize =
        type.print()
            ? type.label()
            : (int) clamp(Math.min(area.getWidth(), area.getHeight()) / 22, 11, 14);
    double gap = type.print() ? PRINT_GAP : GAP;
    Font names = FigureFonts.plain(fontSize);
    double lineHeight = fontSize * 1.4;
    double widest = 0;
    for (String label : matrix.labels()) {
      widest = Math.max(widest, names.getStringBounds(label, MEASURE).getWidth());
    }
    double nameWidth = Math.min(widest, area.getWidth() * 0.3);
    double left = lineHeight + gap + nameWidth + gap;
    double top = 2 * lineHeight + gap;
    double cell =
        Math.max(
            0, Math.min((area.getWidth() - left - gap) / k, (area.getHeight() - top - gap) / k));
    double blockWidth = left + cell * k;
    double blockHeight = top + cell * k;
    double x0 = area.getX() + Math.max(0, (area.getWidth() - blockWidth) / 2);
    double y0 = area.getY() + Math.max(0, (area.getHeight() - blockHeight) / 2);
    return new Layout(x0, y0, x0 + left, y0 + top, cell, nameWidth, lineHeight, fontSize, gap);
  }

  private record Layout(
      double left,
      double titleY,
      double gridX,
      double gridY,
      double cell,
      double nameWidth,
      double lineHeight,
      double fontSize,
      double gap) {
    Rectangle2D cell(int t, int p) {
      return new Rectangle2D.Double(gridX + p * cell, gridY + t * cell, cell, cell);
    }
  }

  /** {@code text} shortened with an ellipsis until it fits {@code width}. */
  private static String fitted(Font font, String text, double width) {
    if (font.getStringBounds(text, MEASURE).getWidth() <= width) {
      return text;
    }
    for (int n = text.length() - 1; n > 0; n--) {
      String shorter = text.substring(0, n) + "\u2026";
      if (font.getStringBounds(shorter, MEASURE).getWidth() <= width) {
        return shorter;
      }
    }
    return "\u2026";
  }

  private static void centred(Graphics2D g, Font font, String text, double cx, double cy) {
    double width = font.getStringBounds(text, MEASURE).getWidth();
    baseline(g, font, text, cx - width / 2, cy);
  }

  /**
   * Draws text whose left edge is {@code x} and whose letters are centred on {@code cy}. Sizes come
   * from the font itself, not the surface, so a screen canvas and an exported file agree.
   */
  private static void baseline(Graphics2D g, Font font, String text, double x, double cy) {
    g.setFont(font);
    LineMetrics lm = font.getLineMetrics(text, MEASURE);
    g.drawString(text, (float) x, (float) (cy + (lm.getAscent() - lm.getDescent()) / 2.0));
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
