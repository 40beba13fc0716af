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
 * @param type the text sizes the figure is laid out with: {@link TypeScale#PRINT} for a size in
 *     millimetres, {@link TypeScale#SCREEN} for the figure's natural (on-screen) size
 */
public record FigureSize(double widthMm, double heightMm, int dpi, TypeScale type) {

  public static final double MM_PER_INCH = 25.4;
  public static final double POINTS_PER_INCH = 72;

  /** The widest natural size: a full page width; wider figures are laid out for print at it. */
  public static final double MAX_NATURAL_WIDTH_MM = 180;

  /** A printed size: text of journal sizes ({@link TypeScale#PRINT}). */
  public FigureSize(double widthMm, double heightMm, int dpi) {
    this(widthMm, heightMm, dpi, TypeScale.PRINT);
  }

  public FigureSize {
    java.util.Objects.requireNonNull(type, "type");
  }

  /**
   * The figure's own preferred size with its on-screen text, at {@code dpi}; a figure wider than a
   * page (a long sequence) is laid out for print at {@link #MAX_NATURAL_WIDTH_MM} instead, so a
   * default export is not a poster.
   */
  public static FigureSize natural(Figure figure, int dpi) {
    if (toMm(figure.preferredWidth()) > MAX_NATURAL_WIDTH_MM) {
      return ofWidth(figure, MAX_NATURAL_WIDTH_MM, dpi);
    }
    return new FigureSize(
        toMm(figure.preferredWidth()), toMm(figure.preferredHeight()), dpi, TypeScale.SCREEN);
  }

  /** A given printed width; the height is what the figure needs at that width. */
  public static FigureSize ofWidth(Figure figure, double widthMm, int dpi) {
    double width = widthMm / MM_PER_INCH * POINTS_PER_INCH;
    double height = figure.heightFor(width, TypeScale.PRINT);
    return new FigureSize(widthMm, toMm(height), dpi, TypeScale.PRINT);
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
