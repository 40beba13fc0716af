package org.motifworkbench.app.motifs;

import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.jfree.fx.FXGraphics2D;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceLogoFigure;

/**
 * A sequence logo on a JavaFX canvas: the model's Java2D figure drawn through FXGraphics2D, so the
 * screen shows exactly what an exported PNG, SVG or PDF would.
 */
final class LogoCanvas {

  private final Canvas canvas;
  private final SequenceLogoFigure figure;
  private NucleotidePalette palette = NucleotidePalette.STANDARD;

  LogoCanvas(SequenceLogoFigure figure, double width, double height) {
    this.figure = figure;
    this.canvas = new Canvas(width, height);
    canvas.getStyleClass().add("logo-canvas");
  }

  Canvas node() {
    return canvas;
  }

  /** The logo as last drawn (in its palette), for "Export figure...". */
  SequenceLogoFigure figure() {
    return figure.withPalette(palette);
  }

  /** Adds "Export figure..." to the logo's right-click menu. */
  void exportWith(FigureExport export, String name) {
    if (export != null) {
      export.install(canvas, this::figure, () -> name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }
  }

  /** Draws (again) in {@code palette}'s colours. */
  void draw(NucleotidePalette palette) {
    this.palette = palette;
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.setFill(Color.WHITE);
    gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    FXGraphics2D g = new FXGraphics2D(gc);
    figure
        .withPalette(palette)
        .draw(g, new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight()));
  }
}
