package org.motifworkbench.app.inspect;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.jfree.fx.FXGraphics2D;

/**
 * A region that paints a Java2D figure on a canvas of its own size, through {@link FXGraphics2D},
 * and paints it again whenever it is resized. The figure is the same code that exports to files.
 */
final class FigureCanvas extends Region {

  private final Canvas canvas = new Canvas();
  private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
  private BiConsumer<Graphics2D, Rectangle2D> painter;
  private long paints;

  FigureCanvas() {
    getChildren().add(canvas);
    getStyleClass().add("figure-canvas");
  }

  /**
   * Shows a figure: {@code painter} draws it into the area it is given. The region asks for at
   * least {@code minWidth} so a long sequence scrolls rather than losing its letters.
   */
  void show(BiConsumer<Graphics2D, Rectangle2D> painter, double minWidth, double height) {
    this.painter = painter;
    setMinWidth(minWidth);
    setPrefWidth(minWidth);
    setMinHeight(height);
    setPrefHeight(height);
    requestLayout();
    paint();
  }

  /** Shows nothing. */
  void clear() {
    painter = null;
    paint();
  }

  /** The area the figure was drawn in, for hit-testing mouse positions. */
  Rectangle2D area() {
    return new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight());
  }

  /** How many times a figure was painted (tests check that clicking a row paints). */
  long paints() {
    return paints;
  }

  Canvas canvas() {
    return canvas;
  }

  @Override
  protected void layoutChildren() {
    double w = Math.floor(getWidth());
    double h = Math.floor(getHeight());
    if (w != canvas.getWidth() || h != canvas.getHeight()) {
      canvas.setWidth(w);
      canvas.setHeight(h);
      paint();
    }
  }

  private void paint() {
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setFill(Color.WHITE);
    gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    if (painter != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
      painter.accept(graphics, area());
      paints++;
    }
  }
}
