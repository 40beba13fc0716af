package org.motifworkbench.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.motif.InformationContent;
import org.motifworkbench.motif.LetterHeight;
import org.motifworkbench.motif.LogoColumn;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.motif.PositionWeightMatrix;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * A classic information-content sequence logo of a motif: per position a stack of letters, each as
 * tall as its share of the column's information in bits, the tallest on top; a "bits" axis from 0
 * to 2 and the positions below. Immutable; draws into any {@link Graphics2D} (screen, PNG, SVG,
 * PDF). Axis labels, ticks and the title are real text in the figure typeface (searchable and
 * editable in PDF and SVG files); the logo's letters themselves are glyph outlines stretched to
 * their heights, as WebLogo draws them, so they need no font.
 */
public final class SequenceLogoFigure implements Figure {

  /** Two bits: the information of a DNA column that holds one base only. */
  public static final double MAX_BITS = 2.0;

  /** Space on each side of a letter, as a fraction of the column width. */
  private static final double LETTER_GAP = 0.04;

  /** Letters below this many pixels are not drawn: they would be specks. */
  private static final double MIN_LETTER_PIXELS = 0.5;

  private static final Color AXIS = new Color(0x33, 0x33, 0x33);

  private final Motif motif;
  private final InformationContent information;
  private final NucleotidePalette palette;
  private final String title;

  private SequenceLogoFigure(
      Motif motif, InformationContent information, NucleotidePalette palette, String title) {
    this.motif = motif;
    this.information = information;
    this.palette = palette;
    this.title = title;
  }

  /** About 20 points per position and 110 high (plus a title): a logo as printed in papers. */
  @Override
  public double preferredWidth() {
    return 40 + 20.0 * motif.width();
  }

  @Override
  public double preferredHeight() {
    return title == null ? 110 : 130;
  }

  /** A logo of {@code motif}: uncorrected information content, standard colours, no title. */
  public static SequenceLogoFigure of(Motif motif) {
    return new SequenceLogoFigure(
        motif, InformationContent.uncorrected(), NucleotidePalette.STANDARD, null);
  }

  /** This logo with another information measure, e.g. corrected for a small number of sites. */
  public SequenceLogoFigure withInformationContent(InformationContent value) {
    return new SequenceLogoFigure(motif, value, palette, title);
  }

  public SequenceLogoFigure withPalette(NucleotidePalette value) {
    return new SequenceLogoFigure(motif, information, value, title);
  }

  /** This logo with a title line above it; null or blank for none. */
  public SequenceLogoFigure withTitle(String value) {
    return new SequenceLogoFigure(
        motif, information, palette, value == null || value.isBlank() ? null : value);
  }

  /** The logo of the opposite strand (positions reversed, A-T and C-G swapped). */
  public SequenceLogoFigure reverseComplement() {
    return new SequenceLogoFigure(
        PositionWeightMatrix.reverseComplement(motif), information, palette, title);
  }

  public Motif motif() {
    return motif;
  }

  /**
   * Draws the whole figure (axes, letters, title) inside {@code bounds}. The graphics' colour,
   * font, stroke, transform and hints are restored afterwards. (No {@code g.create()}:
   * FXGraphics2D's copies share one canvas state, so a transform set on a copy would outlive it.)
   */
  @Override
  public void draw(Graphics2D g, Rectangle2D bounds) {
    draw(g, bounds, TypeScale.SCREEN);
  }

  /**
   * In print the letters' area is about four columns high (between 48 and 100 points), whatever the
   * width, so a long motif at a single column's width is not a sliver.
   */
  @Override
  public double heightFor(double width, TypeScale type) {
    if (!type.print()) {
      return Figure.super.heightFor(width, type);
    }
    Rectangle2D probe = new Rectangle2D.Double(0, 0, width, 1000);
    Rectangle2D plot = plotArea(probe, type);
    double letters = Math.max(48, Math.min(100, 4 * plot.getWidth() / motif.width()));
    return probe.getHeight() - plot.getHeight() + letters;
  }

  /** Draws with {@code type}'s text sizes (axes at its tick size, the title at its title size). */
  @Override
  public void draw(Graphics2D g, Rectangle2D bounds, TypeScale type) {
    GraphicsState saved = GraphicsState.of(g);
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      Font font = axisFont(bounds, type);
      g.setFont(font);
      Rectangle2D plot = plotArea(bounds, type);
      if (plot.getWidth() <= 0 || plot.getHeight() <= 0) {
        return;
      }
      drawLetters(g, plot);
      drawAxes(g, plot, g.getFontMetrics(font));
      if (title != null) {
        drawTitle(g, bounds, plot, type);
      }
    } finally {
      saved.restore(g);
    }
  }

  /**
   * Where the letters go inside {@code bounds}: the rectangle from 0 bits (bottom) to {@link
   * #MAX_BITS} (top), one equal-width column per motif position.
   */
  public Rectangle2D plotArea(Rectangle2D bounds) {
    return plotArea(bounds, TypeScale.SCREEN);
  }

  private Rectangle2D plotArea(Rectangle2D bounds, TypeScale type) {
    double font = axisFont(bounds, type).getSize2D();
    double left = font * 3.4; // tick labels and the rotated "bits"
    double bottom = font * 1.9; // position numbers
    double top = title == null ? font * 0.7 : titleSize(font, type) * 1.25 + font * 0.7;
    double right = font * 0.5;
    return new Rectangle2D.Double(
        bounds.getX() + left,
        bounds.getY() + top,
        bounds.getWidth() - left - right,
        bounds.getHeight() - top - bottom);
  }

  /** The box of motif position {@code position} (0-based) within {@link #plotArea}. */
  public Rectangle2D columnArea(Rectangle2D bounds, int position) {
    Rectangle2D plot = plotArea(bounds);
    double width = plot.getWidth() / motif.width();
    return new Rectangle2D.Double(
        plot.getX() + position * width, plot.getY(), width, plot.getHeight());
  }

  private void drawLetters(Graphics2D g, Rectangle2D plot) {
    List<LogoColumn> columns = information.logo(motif);
    double columnWidth = plot.getWidth() / columns.size();
    double pixelsPerBit = plot.getHeight() / MAX_BITS;
    for (int i = 0; i < columns.size(); i++) {
      double x = plot.getX() + i * columnWidth + columnWidth * LETTER_GAP;
      double width = columnWidth * (1 - 2 * LETTER_GAP);
      double base = plot.getMaxY();
      // The column's letters come smallest first: stacking them upwards puts the tallest on top.
      for (LetterHeight letter : columns.get(i).letters()) {
        double height = Math.min(letter.height(), MAX_BITS) * pixelsPerBit;
        if (height >= MIN_LETTER_PIXELS) {
          g.setColor(palette.base(letter.base()));
          g.fill(LetterGlyphs.fitted(letter.base(), x, base - height, width, height));
        }
        base -= height;
      }
    }
  }

  private void drawAxes(Graphics2D g, Rectangle2D plot, FontMetrics metrics) {
    g.setColor(AXIS);
    g.setStroke(new BasicStroke(1f));
    double tick = metrics.getHeight() * 0.3;
    // The y axis: a line from 0 to 2 bits, labelled ticks at whole bits, short ones at halves.
    g.draw(new Line2D.Double(plot.getX(), plot.getY(), plot.getX(), plot.getMaxY()));
    for (int half = 0; half <= 2 * MAX_BITS; half++) {
      double y = plot.getMaxY() - half / (2 * MAX_BITS) * plot.getHeight();
      boolean whole = half % 2 == 0;
      g.draw(new Line2D.Double(plot.getX() - (whole ? tick : tick / 2), y, plot.getX(), y));
      if (whole) {
        String label = Integer.toString(half / 2);
        float lx = (float) (plot.getX() - tick * 1.5 - metrics.stringWidth(label));
        g.drawString(label, lx, (float) (y + metrics.getAscent() * 0.35));
      }
    }
    drawBitsLabel(g, plot, metrics);
    // The x axis: a baseline under the letters and the 1-based positions.
    g.draw(new Line2D.Double(plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
    double columnWidth = plot.getWidth() / motif.width();
    int step = positionLabelStep(columnWidth, metrics);
    for (int i = 0; i < motif.width(); i++) {
      if ((i + 1) % step != 0) {
        continue;
      }
      String label = Integer.toString(i + 1);
      double centre = plot.getX() + (i + 0.5) * columnWidth;
      g.drawString(
          label,
          (float) (centre - metrics.stringWidth(label) / 2.0),
          (float) (plot.getMaxY() + tick + metrics.getAscent()));
    }
  }

  private static void drawBitsLabel(Graphics2D g, Rectangle2D plot, FontMetrics metrics) {
    String bits = "bits";
    AffineTransform before = g.getTransform();
    double x =
        plot.getX()
            - metrics.getHeight() * 0.3 * 1.5
            - metrics.stringWidth("0")
            - metrics.getDescent()
            - metrics.getHeight() * 0.35;
    g.translate(x, plot.getCenterY() + metrics.stringWidth(bits) / 2.0);
    g.rotate(-Math.PI / 2);
    g.drawString(bits, 0f, 0f);
    g.setTransform(before);
  }

  /** Labels every position when they fit, else every 2nd, 5th, 10th... position. */
  private int positionLabelStep(double columnWidth, FontMetrics metrics) {
    double needed = metrics.stringWidth(Integer.toString(motif.width())) * 1.4;
    for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) {
      if (columnWidth * step >= needed) {
        return step;
      }
    }
    return 200;
  }

  private void drawTitle(Graphics2D g, Rectangle2D bounds, Rectangle2D plot, TypeScale type) {
    Font bold = FigureFonts.bold(titleSize(g.getFont().getSize2D(), type));
    g.setFont(bold);
    FontMetrics metrics = g.getFontMetrics(bold);
    g.setColor(AXIS);
    g.drawString(
        title,
        (float) plot.getX(),
        (float) (bounds.getY() + metrics.getAscent() + bold.getSize2D() * 0.2));
  }

  /** On screen axis text grows with the figure, within a readable range; in print it is fixed. */
  private static Font axisFont(Rectangle2D bounds, TypeScale type) {
    if (type.print()) {
      return type.tickFont();
    }
    double size = Math.min(bounds.getHeight() * 0.085, bounds.getWidth() * 0.05);
    return FigureFonts.plain(Math.rint(Math.max(8, Math.min(16, size))));
  }

  private static double titleSize(double axisFont, TypeScale type) {
    return type.print() ? type.title() : axisFont * 1.15;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SequenceLogoFigure[%s, %s]", motif, palette);
  }

  /** What {@link #draw} changes on the caller's graphics, to put back afterwards. */
  private record GraphicsState(
      Color color,
      Font font,
      java.awt.Stroke stroke,
      AffineTransform transform,
      RenderingHints hints) {

    static GraphicsState of(Graphics2D g) {
      return new GraphicsState(
          g.getColor(),
          g.getFont(),
          g.getStroke(),
          g.getTransform(),
          (RenderingHints) g.getRenderingHints().clone());
    }

    void restore(Graphics2D g) {
      g.setColor(color);
      g.setFont(font);
      g.setStroke(stroke);
      g.setTransform(transform);
      g.setRenderingHints(hints);
    }
  }

  /** The outlines of A, C, G and T in a bold font, stretched to fill a given box exactly. */
  static final class LetterGlyphs {

    /** A, C, G, T outlines of a bold sans-serif font; computed once, never changed. */
    private static final List<Shape> OUTLINES = outlines();

    private LetterGlyphs() {}

    /** The outline of {@code letter} scaled so its ink fills the box (x, y, width, height). */
    static Shape fitted(char letter, double x, double y, double width, double height) {
      Shape outline = OUTLINES.get(DnaAlphabet.index(letter));
      Rectangle2D ink = outline.getBounds2D();
      AffineTransform fit = new AffineTransform();
      fit.translate(x, y);
      fit.scale(width / ink.getWidth(), height / ink.getHeight());
      fit.translate(-ink.getX(), -ink.getY());
      return fit.createTransformedShape(outline);
    }

    private static List<Shape> outlines() {
      Font font = FigureFonts.bold(200);
      FontRenderContext context = new FontRenderContext(null, true, true);
      return DnaAlphabet.ACGT
          .chars()
          .mapToObj(c -> font.createGlyphVector(context, String.valueOf((char) c)).getOutline())
          .toList();
    }
  }
}
