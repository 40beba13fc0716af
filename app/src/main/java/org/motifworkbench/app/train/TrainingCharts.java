package org.motifworkbench.app.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.motifworkbench.figure.ChartStyle;
import org.motifworkbench.figure.FigureFonts;
import org.motifworkbench.training.EpochResult;

/**
 * The two training charts (loss and accuracy against epochs) as plain JFreeChart objects, so they
 * can be shown in a ChartViewer and exported as they are. Per-batch curves are thin lines,
 * per-epoch values are points joined by lines; vertical marks show learning-rate reductions, the
 * best epoch and early stopping; a horizontal mark shows the best possible accuracy when known.
 */
public final class TrainingCharts {

  static final String PER_BATCH = "training, per batch (smoothed)";
  static final String PER_EPOCH = "training, per epoch";
  static final String VALIDATION = "validation";

  private static final Color TRAIN = new Color(0x2f, 0x5f, 0x8f);
  private static final Color TRAIN_BATCH = new Color(0x2f, 0x5f, 0x8f, 0x70);
  private static final Color VALIDATION_COLOUR = new Color(0xd9, 0x6b, 0x1e);
  private static final Color BEST = new Color(0x1b, 0x8a, 0x4a);
  private static final Color MARK = new Color(0x6b, 0x72, 0x80);
  private static final Color GRID = new Color(0xe3, 0xe6, 0xea);
  private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 200);
  private static final Font LABEL_FONT = FigureFonts.plain(11);
  private static final Stroke DASHED =
      new BasicStroke(
          1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

  private final XYSeries batchLoss = series(PER_BATCH);
  private final XYSeries epochLoss = series(PER_EPOCH);
  private final XYSeries validationLoss = series(VALIDATION);
  private final XYSeries batchAccuracy = series(PER_BATCH);
  private final XYSeries epochAccuracy = series(PER_EPOCH);
  private final XYSeries validationAccuracy = series(VALIDATION);
  private final JFreeChart lossChart;
  private final JFreeChart accuracyChart;

  public TrainingCharts() {
    lossChart = chart("Loss (lower is better)", "loss", batchLoss, epochLoss, validationLoss);
    accuracyChart =
        chart(
            "Accuracy (higher is better)",
            "accuracy",
            batchAccuracy,
            epochAccuracy,
            validationAccuracy);
    // Loss curves matter by their shape, so the axis fits them; accuracy keeps its 0-1 scale.
    ((NumberAxis) lossChart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
    NumberAxis accuracyAxis = (NumberAxis) accuracyChart.getXYPlot().getRangeAxis();
    accuracyAxis.setAutoRange(false);
    accuracyAxis.setRange(new Range(0, 1.05));
  }

  public JFreeChart lossChart() {
    return lossChart;
  }

  public JFreeChart accuracyChart() {
    return accuracyChart;
  }

  /** Shows {@code curves}, replacing what was shown; one redraw per chart. */
  public void show(TrainingCurves curves) {
    lossChart.setNotify(false);
    accuracyChart.setNotify(false);
    try {
      fill(curves);
      mark(lossChart.getXYPlot(), curves);
      mark(accuracyChart.getXYPlot(), curves);
      XYPlot accuracy = accuracyChart.getXYPlot();
      accuracy.clearRangeMarkers();
      if (!Double.isNaN(curves.ceiling())) {
        String label = "best possible " + String.format(Locale.ROOT, "%.2f", curves.ceiling());
        accuracy.addRangeMarker(
            marker(
                curves.ceiling(), label, BEST, RectangleAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT),
            Layer.BACKGROUND);
      }
    } finally {
      lossChart.setNotify(true);
      accuracyChart.setNotify(true);
    }
  }

  private void fill(TrainingCurves curves) {
    XYSeries[] all = {
      batchLoss, epochLoss, validationLoss, batchAccuracy, epochAccuracy, validationAccuracy
    };
    for (XYSeries s : all) {
      s.setNotify(false);
      s.clear();
    }
    for (BatchPoint p : curves.batches()) {
      batchLoss.add(p.epochs(), p.loss(), false);
      batchAccuracy.add(p.epochs(), p.accuracy(), false);
    }
    for (EpochResult e : curves.epochs()) {
      epochLoss.add(e.epoch(), e.loss(), false);
      epochAccuracy.add(e.epoch(), e.accuracy(), false);
      if (!Double.isNaN(e.validationLoss())) {
        validationLoss.add(e.epoch(), e.validationLoss(), false);
        validationAccuracy.add(e.epoch(), e.validationAccuracy(), false);
      }
    }
    for (XYSeries s : all) {
      s.setNotify(true); // fires one change event per series
    }
  }

  /** Vertical marks: learning-rate reductions, the best epoch, early stopping. */
  private static void mark(XYPlot plot, TrainingCurves curves) {
    plot.clearDomainMarkers();
    String reduction =
        "LR \u00d7"
            + BigDecimal.valueOf(curves.plateauFactor())
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    for (EpochResult e : curves.epochs()) {
      if (e.learningRateReduced()) {
        plot.addDomainMarker(
            marker(e.epoch(), reduction, MARK, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT),
            Layer.BACKGROUND);
      }
    }
    int best = curves.bestEpoch();
    if (best > 0) {
      plot.addDomainMarker(
          marker(
              best,
              "best epoch " + best,
              BEST,
              RectangleAnchor.BOTTOM_LEFT,
              TextAnchor.BOTTOM_RIGHT),
          Layer.BACKGROUND);
    }
    if (curves.stoppedEarlyAfter() > 0) {
      // Left of its line, half-way up: the last epoch is at the plot's right edge (a label to the
      // right is cut off), and a learning-rate label of the same epoch takes the top.
      plot.addDomainMarker(
          marker(
              curves.stoppedEarlyAfter(),
              "stopped early",
              MARK,
              RectangleAnchor.LEFT,
              TextAnchor.CENTER_RIGHT),
          Layer.BACKGROUND);
    }
  }

  private static ValueMarker marker(
      double at, String label, Paint paint, RectangleAnchor anchor, TextAnchor text) {
    ValueMarker marker = new ValueMarker(at, paint, DASHED);
    marker.setLabel(label);
    marker.setLabelFont(LABEL_FONT);
    marker.setLabelPaint(paint);
    marker.setLabelBackgroundColor(LABEL_BACKGROUND);
    marker.setLabelAnchor(anchor);
    marker.setLabelTextAnchor(text);
    marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
    return marker;
  }

  private static JFreeChart chart(
      String title, String yLabel, XYSeries batch, XYSeries epoch, XYSeries validation) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(batch);
    data.addSeries(epoch);
    data.addSeries(validation);
    NumberAxis x = new NumberAxis("epoch");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(true);
    x.setUpperMargin(0.04);
    NumberAxis y = new NumberAxis(yLabel);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    style(renderer, 0, TRAIN_BATCH, new BasicStroke(1f), false);
    style(renderer, 1, TRAIN, new BasicStroke(2f), true);
    style(renderer, 2, VALIDATION_COLOUR, new BasicStroke(2f), true);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart(title, FigureFonts.bold(14), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    return ChartStyle.apply(chart);
  }

  private static void style(
      XYLineAndShapeRenderer renderer, int series, Color color, Stroke stroke, boolean points) {
    renderer.setSeriesPaint(series, color);
    renderer.setSeriesStroke(series, stroke);
    renderer.setSeriesShapesVisible(series, points);
    renderer.setSeriesShape(series, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
  }

  private static XYSeries series(String name) {
    return new XYSeries(name, true, true);
  }
}
