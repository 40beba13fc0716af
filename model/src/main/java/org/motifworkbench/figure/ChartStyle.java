package org.motifworkbench.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * Puts every text of a chart in the figure typeface (DejaVu Sans), so charts look like the other
 * figures and exported PDFs keep chart text as real, embedded, searchable text. Colours and layout
 * stay as each chart made them.
 */
public final class ChartStyle {

  private ChartStyle() {}

  /** Sets the fonts of {@code chart}'s titles, legend, axes and markers; returns the chart. */
  public static JFreeChart apply(JFreeChart chart) {
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(FigureFonts.bold(14));
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof LegendTitle legend) {
        legend.setItemFont(FigureFonts.plain(11));
      } else if (t instanceof TextTitle text) {
        text.setFont(FigureFonts.plain(11));
      }
    }
    if (chart.getPlot() instanceof CategoryPlot category) {
      style(category.getDomainAxis());
      style(category.getRangeAxis());
    }
    for (XYPlot plot : xyPlots(chart.getPlot())) {
      for (int i = 0; i < plot.getDomainAxisCount(); i++) {
        style(plot.getDomainAxis(i));
      }
      for (int i = 0; i < plot.getRangeAxisCount(); i++) {
        style(plot.getRangeAxis(i));
      }
      markers(plot.getDomainMarkers(Layer.FOREGROUND));
      markers(plot.getDomainMarkers(Layer.BACKGROUND));
      markers(plot.getRangeMarkers(Layer.FOREGROUND));
      markers(plot.getRangeMarkers(Layer.BACKGROUND));
    }
    return chart;
  }

  private static List<XYPlot> xyPlots(Plot plot) {
    List<XYPlot> out = new ArrayList<>();
    if (plot instanceof CombinedDomainXYPlot combined) {
      out.add(combined);
      out.addAll(combined.getSubplots());
    } else if (plot instanceof XYPlot xy) {
      out.add(xy);
    }
    return out;
  }

  private static void style(Axis axis) {
    if (axis != null) {
      axis.setLabelFont(FigureFonts.plain(11));
      axis.setTickLabelFont(FigureFonts.plain(10));
    }
  }

  private static void markers(Collection<?> markers) {
    if (markers != null) {
      for (Object m : markers) {
        ((Marker) m).setLabelFont(FigureFonts.plain(10));
      }
    }
  }
}
