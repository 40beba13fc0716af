package org.motifworkbench.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The printed size of an exported figure and, for PNG, its resolution. Journals ask for widths in
 * millimetres (a single column is about 85 mm, a full page width 170-180 mm) and 300-600 dpi.
 *
 * @param widthMm width in millimetres
 * @param heightMm height in millimetres
 * @param dpi pixels per inch for PNG (ignored by SVG and PDF, which are vectors)
 */
public record FigureSize(double widthMm, double heightMm, int dpi) {

  public static final double MM_PER_INCH = 25.4;
  public static final double POINTS_PER_INCH = 72;

  /** The figure's own preferred size, at {@code dpi}. */
  public static FigureSize natural(Figure figure, int dpi) {
    return new FigureSize(toMm(figure.preferredWidth()), toMm(figure.preferredHeight()), dpi);
  }

  /** A given width; the height follows the figure's own aspect ratio. */
  public static FigureSize ofWidth(Figure figure, double widthMm, int dpi) {
    double ratio = figure.preferredHeight() / figure.preferredWidth();
    return new FigureSize(widthMm, widthMm * ratio, dpi);
  }

  /** Width in points (1/72 inch), the unit of PDF and of figure layouts. */
  public double widthPoints() {
    return widthMm / MM_PER_INCH * POINTS_PER_INCH;
  }

  public double heightPoints() {
    return heightMm / MM_PER_INCH * POINTS_PER_INCH;
  }

  /** Width of a PNG in pixels. */
  public int widthPixels() {
    return (int) Math.round(widthMm / MM_PER_INCH * dpi);
  }

  public int heightPixels() {
    return (int) Math.round(heightMm / MM_PER_INCH * dpi);
  }

  /** Problems in plain language; empty when the size can be exported. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (!(widthMm >= 5 && widthMm <= 2000) || !(heightMm >= 5 && heightMm <= 2000)) {
      out.add(
          "Figure width and height must be between 5 and 2000 mm (got "
              + Math.round(widthMm)
              + " x "
              + Math.round(heightMm)
              + " mm).");
    }
    if (dpi < 36 || dpi > 2400) {
      out.add("The resolution must be between 36 and 2400 dpi (got " + dpi + ").");
    } else if ((long) widthPixels() * heightPixels() > 400_000_000L) {
      out.add(
          "That PNG would have "
              + widthPixels()
              + " x "
              + heightPixels()
              + " pixels; lower the resolution or the size.");
    }
    return out;
  }

  static double toMm(double points) {
    return points / POINTS_PER_INCH * MM_PER_INCH;
  }
}
