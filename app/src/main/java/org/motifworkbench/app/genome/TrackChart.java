package org.motifworkbench.app.genome;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.motifworkbench.figure.ChartStyle;
import org.motifworkbench.scan.Peak;

/**
 * The scanned track as a JFreeChart: probability against genome position (bases, with thousands
 * separators), a dashed line at the peak threshold and the merged peaks shaded. Long tracks are
 * drawn as the highest value per screen bin of the range shown, recomputed on every zoom.
 */
final class TrackChart {

  /** Points drawn at most: about two per pixel of a wide window. */
  static final int BINS = 3_000;

  private static final Color LINE = new Color(0x1f, 0x77, 0xb4);
  private static final Color PEAK = new Color(0xff, 0x7f, 0x0e, 0x40);
  private static final Color THRESHOLD = new Color(0x6b, 0x72, 0x80);

  private final XYSeries series = new XYSeries("track", false, true);
  private final JFreeChart chart;
  private final XYPlot plot;
  private final NumberAxis x = new NumberAxis("position (bases)");
  private RegionTrack track;

  TrackChart() {
    XYSeriesCollection data = new XYSeriesCollection(series);
    x.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.US));
    x.setAutoRange(false);
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis("probability");
    y.setAutoRange(false);
    y.setRange(new Range(0, 1.02));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, LINE);
    renderer.setSeriesStroke(0, new BasicStroke(1.2f));
    plot = new XYPlot(data, x, y, renderer);
    chart = new JFreeChart(null, plot);
    chart.removeLegend();
    ChartStyle.apply(chart);
    x.addChangeListener(e -> refill());
  }

  JFreeChart chart() {
    return chart;
  }

  XYPlot plot() {
    return plot;
  }

  /** Shows {@code next} over its whole region with its peaks at {@code threshold}. */
  void show(RegionTrack next, double threshold, List<Peak> peaks) {
    track = next;
    plot.clearDomainMarkers();
    plot.clearRangeMarkers();
    if (next == null) {
      series.clear();
      return;
    }
    x.setLabel("position on " + next.region().contig() + " (bases)");
    plot.getRangeAxis().setLabel("P(" + next.className() + ")");
    ValueMarker line =
        new ValueMarker(
            threshold,
            THRESHOLD,
            new BasicStroke(
                1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
    plot.addRangeMarker(line);
    for (Peak p : peaks) {
      plot.addDomainMarker(new IntervalMarker(p.start(), p.end(), PEAK), Layer.BACKGROUND);
    }
    showRange((double) next.region().start(), (double) next.region().end());
  }

  /** Shows the track from {@code from} to {@code to} (bases). */
  void showRange(double from, double to) {
    x.setRange(new Range(from, Math.max(to, from + 1)));
    refill();
  }

  private void refill() {
    if (track == null) {
      return;
    }
    double[][] points = track.points(x.getLowerBound(), x.getUpperBound(), BINS);
    // a gap wider than two steps or two bins (an N run) breaks the line instead of bridging it
    double gap =
        2 * Math.max(track.options().step(), (x.getUpperBound() - x.getLowerBound()) / BINS);
    series.setNotify(false);
    series.clear();
    for (int i = 0; i < points[0].length; i++) {
      if (i > 0 && points[0][i] - points[0][i - 1] > gap) {
        series.add((points[0][i] + points[0][i - 1]) / 2, null, false);
      }
      series.add(points[0][i], points[1][i], false);
    }
    series.setNotify(true);
    series.fireSeriesChanged();
  }
}
