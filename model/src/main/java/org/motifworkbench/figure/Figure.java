package org.motifworkbench.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * A picture drawn with Java2D. The same drawing code fills a canvas on screen and a PNG, SVG or PDF
 * file ({@link FigureExporter}), so what is exported is what is seen.
 */
public interface Figure {

  /** The width, in points (1/72 inch), at which the figure is meant to be read. */
  double preferredWidth();

  /** The height, in points, at which the figure is meant to be read. */
  double preferredHeight();

  /** Draws the figure to fill {@code area} (in the graphics' user space). */
  void draw(Graphics2D g, Rectangle2D area);

  /** A JFreeChart chart as a figure of the given preferred size in points. */
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
    };
  }
}
