package org.motifworkbench.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * A picture drawn with Java2D. The same drawing code fills a canvas on screen and a PNG, SVG or PDF
 * file ({@link FigureExporter}), so what is exported is what is seen. Areas are in points (1/72
 * inch) at the final size: a figure printed 85 mm wide is laid out in 241 points with text of its
 * {@link TypeScale}, never drawn large and shrunk.
 */
public interface Figure {

  /** The width, in points (1/72 inch), at which the figure is meant to be read on screen. */
  double preferredWidth();

  /** The height, in points, at which the figure is meant to be read on screen. */
  double preferredHeight();

  /** Draws the figure to fill {@code area} (in the graphics' user space) as on screen. */
  void draw(Graphics2D g, Rectangle2D area);

  /**
   * Draws the figure to fill {@code area} with the text sizes of {@code type}. Figures that lay out
   * their text for print override this; the default draws as on screen.
   */
  default void draw(Graphics2D g, Rectangle2D area, TypeScale type) {
    draw(g, area);
  }

  /**
   * The height, in points, the figure needs when it is {@code width} points wide with {@code
   * type}'s text; by default the preferred proportions.
   */
  default double heightFor(double width, TypeScale type) {
    return width * preferredHeight() / preferredWidth();
  }

  /**
   * A JFreeChart chart as a figure of the given preferred size in points. For print, a copy of the
   * chart is drawn with the print fonts (the chart itself, maybe on screen, is not changed).
   */
  static Figure of(JFreeChart chart, double width, double height) {
    return new Figure() {
      @Override
      public double preferredWidth() {
        return width;
      }

      @Override
      public double preferredHeight() {
        return height;
      }

      @Override
      public void draw(Graphics2D g, Rectangle2D area) {
        chart.draw(g, area);
      }

      @Override
      public void draw(Graphics2D g, Rectangle2D area, TypeScale type) {
        if (type.equals(TypeScale.SCREEN)) {
          chart.draw(g, area);
        } else {
          ChartStyle.apply(ChartStyle.copy(chart), type).draw(g, area);
        }
      }
    };
  }
}
