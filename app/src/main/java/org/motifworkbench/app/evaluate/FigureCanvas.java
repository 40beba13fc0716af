package org.motifworkbench.app.evaluate;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import org.jfree.fx.FXGraphics2D;

/**
 * A Java2D figure from the model's {@code figure} package shown on a JavaFX canvas that fills its
 * space and redraws when resized, so the screen shows exactly what an exported file would.
 */
final class FigureCanvas extends Pane {

  /** Draws a figure into an area of a Java2D surface. */
  @FunctionalInterface
  interface Figure {
    void draw(Graphics2D g, Rectangle2D area);
  }

  private final Canvas canvas = new Canvas();
  private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
  private Figure figure;

  FigureCanvas() {
    getChildren().add(canvas);
    getStyleClass().add("figure-canvas");
    // A fixed preferred size stops the pane from growing with its own canvas; the layout gives it
    // whatever room is left and the canvas follows.
    setPrefSize(200, 200);
    setMinSize(0, 0);
    canvas.widthProperty().bind(widthProperty());
    canvas.heightProperty().bind(heightProperty());
    canvas.widthProperty().addListener(o -> redraw());
    canvas.heightProperty().addListener(o -> redraw());
  }

  /** Shows {@code next}, or nothing when it is null. */
  void setFigure(Figure next) {
    this.figure = next;
    redraw();
  }

  /** The canvas drawn on, for tests and snapshots. */
  Canvas canvas() {
    return canvas;
  }

  private void redraw() {
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
    if (figure != null && w > 0 && h > 0) {
      figure.draw(graphics, new Rectangle2D.Double(0, 0, w, h));
    }
  }
}
