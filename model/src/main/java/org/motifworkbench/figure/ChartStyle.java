package org.motifworkbench.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * Puts every text of a chart in the figure typeface (DejaVu Sans) at the sizes of a {@link
 * TypeScale}, so charts look like the other figures and exported PDFs keep chart text as real,
 * embedded, searchable text. Number axes pick their tick spacing from the space and the font
 * (JFreeChart's standard tick units), so labels never run together. Colours stay as each chart made
 * them.
 */
public final class ChartStyle {

  static {
    // JFreeChart's default draws rotated text (every y-axis label) as glyph outlines through a
    // TextLayout, so PDF and SVG files lost it as text; drawString in a rotated space keeps it.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private ChartStyle() {}

  /** Sets the on-screen fonts of {@code chart}'s titles, legend, axes and markers. */
  public static JFreeChart apply(JFreeChart chart) {
    return apply(chart, TypeScale.SCREEN);
  }

  /** Sets {@code type}'s fonts on {@code chart}'s titles, legend, axes and markers. */
  public static JFreeChart apply(JFreeChart chart, TypeScale type) {
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(type.titleFont());
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof LegendTitle legend) {
        legend.setItemFont(type.print() ? type.tickFont() : FigureFonts.plain(type.label()));
      } else if (t instanceof TextTitle text) {
        text.setFont(type.print() ? type.tickFont() : FigureFonts.plain(type.label()));
      }
    }
    if (chart.getPlot() instanceof CategoryPlot category) {
      style(category.getDomainAxis(), type);
      style(category.getRangeAxis(), type);
    }
    for (XYPlot plot : xyPlots(chart.getPlot())) {
      for (int i = 0; i < plot.getDomainAxisCount(); i++) {
        style(plot.getDomainAxis(i), type);
      }
      for (int i = 0; i < plot.getRangeAxisCount(); i++) {
        style(plot.getRangeAxis(i), type);
      }
      markers(plot.getDomainMarkers(Layer.FOREGROUND), type);
      markers(plot.getDomainMarkers(Layer.BACKGROUND), type);
      markers(plot.getRangeMarkers(Layer.FOREGROUND), type);
      markers(plot.getRangeMarkers(Layer.BACKGROUND), type);
      for (Object a : plot.getAnnotations()) {
        if (a instanceof XYTitleAnnotation t && t.getTitle() instanceof TextTitle text) {
          text.setFont(type.print() ? type.tickFont() : FigureFonts.plain(type.label()));
        }
      }
    }
    return chart;
  }

  /**
   * A copy of {@code chart} to restyle for a file, so the chart on screen (maybe being painted on
   * another thread) is left alone. The data are shared, not copied.
   */
  public static JFreeChart copy(JFreeChart chart) {
    try {
      return (JFreeChart) chart.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("A chart could not be copied for export", e);
    }
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

  private static void style(Axis axis, TypeScale type) {
    if (axis != null) {
      axis.setLabelFont(type.labelFont());
      axis.setTickLabelFont(type.tickFont());
    }
  }

  private static void markers(Collection<?> markers, TypeScale type) {
    if (markers != null) {
      for (Object m : markers) {
        ((Marker) m).setLabelFont(type.tickFont());
      }
    }
  }
}
