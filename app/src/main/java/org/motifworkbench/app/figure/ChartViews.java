package org.motifworkbench.app.figure;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.motifworkbench.figure.Figure;

/**
 * Chart viewers with our "Export figure..." (PNG, SVG and PDF with embedded fonts) instead of
 * JFreeChart-FX's own menu, whose vector exports need GPL libraries we do not ship.
 */
public final class ChartViews {

  /** Printed size of an exported chart before the user changes it, in points. */
  static final double WIDTH = 420;

  static final double HEIGHT = 300;

  private ChartViews() {}

  /**
   * An empty viewer (give it a chart with {@code setChart}).
   *
   * @param export adds "Export figure..." when not null
   * @param name the file name offered when exporting, without extension
   */
  public static ChartViewer viewer(String id, FigureExport export, String name) {
    ChartViewer viewer = new ChartViewer((JFreeChart) null, false);
    viewer.setId(id);
    if (export != null) {
      export.install(
          viewer,
          () -> viewer.getChart() == null ? null : Figure.of(viewer.getChart(), WIDTH, HEIGHT),
          () -> name);
    }
    return viewer;
  }
}
