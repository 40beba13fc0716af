package org.motifworkbench.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.BiConsumer;

/** Renders figures into images on white, and compares pixel colours, for the figure tests. */
final class FigureImages {

  private FigureImages() {}

  static BufferedImage render(int width, int height, BiConsumer<Graphics2D, Rectangle2D> draw) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    draw.accept(g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    return image;
  }

  static Color at(BufferedImage image, double x, double y) {
    return new Color(image.getRGB((int) Math.floor(x), (int) Math.floor(y)));
  }

  /** Whether two colours differ by at most {@code tolerance} in every channel. */
  static boolean near(Color a, Color b, int tolerance) {
    return Math.abs(a.getRed() - b.getRed()) <= tolerance
        && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
        && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
  }
}
