package org.motifworkbench.app.figure;

import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.jfree.fx.FXGraphics2D;
import org.motifworkbench.figure.Figure;

/**
 * Shows a {@link Figure} on a canvas of the region's size, through {@link FXGraphics2D}, and paints
 * it again when resized. The figure is the same Java2D code that writes PNG, SVG and PDF files, so
 * an exported figure is what the user saw; {@link FigureExport#install} adds "Export figure...".
 */
public final class FigureView extends Region {

  private final Canvas canvas = new Canvas();
  private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
  private Figure figure;
  private long paints;

  public FigureView() {
    getChildren().add(canvas);
    getStyleClass().add("figure-view");
  }

  /** Shows {@code next} (null shows nothing). */
  public void show(Figure next) {
    this.figure = next;
    paint();
  }

  /**
   * Shows {@code next} at its preferred size (the region asks for at least that much, so a long
   * sequence scrolls rather than losing its letters).
   */
  public void showSized(Figure next) {
    setMinWidth(next.preferredWidth());
    setPrefWidth(next.preferredWidth());
    setMinHeight(next.preferredHeight());
    setPrefHeight(next.preferredHeight());
    requestLayout();
    show(next);
  }

  /** Paints the current figure again, e.g. after the palette changed. */
  public void repaint() {
    paint();
  }

  /** The figure shown, or null. */
  public Figure figure() {
    return figure;
  }

  /** The area the figure is drawn in, for hit-testing mouse positions. */
  public Rectangle2D area() {
    return new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight());
  }

  /** How many times a figure was painted (tests check that an action painted something). */
  public long paints() {
    return paints;
  }

  public Canvas canvas() {
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
    if (figure != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
      figure.draw(graphics, area());
      paints++;
    }
  }
}
