package org.motifworkbench.app.runs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.motifworkbench.figure.ChartStyle;
import org.motifworkbench.figure.FigureFonts;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.training.EpochResult;

/**
 * The loss and accuracy curves of several runs in two charts, one colour per run: training dashed,
 * validation solid (styled as the Train screen's charts). {@link #figure} draws both as one figure
 * for "Export figure...".
 */
final class RunCharts {

  static final String STYLE_NOTE = "dashed: training, solid: validation";

  /** Okabe-Ito colours, told apart also with the common colour-vision deficiencies. */
  private static final Color[] COLOURS = {
    new Color(0x00, 0x72, 0xb2),
    new Color(0xd5, 0x5e, 0x00),
    new Color(0x00, 0x9e, 0x73),
    new Color(0xcc, 0x79, 0xa7),
    new Color(0xe6, 0x9f, 0x00),
    new Color(0x56, 0xb4, 0xe9),
    new Color(0x00, 0x00, 0x00),
    new Color(0xf0, 0xe4, 0x42)
  };

  private static final Color GRID = new Color(0xe3, 0xe6, 0xea);
  private static final Stroke SOLID = new BasicStroke(2f);
  private static final Stroke DASHED =
      new BasicStroke(
          1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  private final JFreeChart lossChart;
  private final JFreeChart accuracyChart;

  RunCharts() {
    lossChart = chart("Loss (lower is better)", lossPlot(List.of()));
    accuracyChart = chart("Accuracy (higher is better)", accuracyPlot(List.of()));
  }

  JFreeChart lossChart() {
    return lossChart;
  }

  JFreeChart accuracyChart() {
    return accuracyChart;
  }

  /** Shows the curves of {@code runs}, replacing what was shown. */
  void show(List<RunRecord> runs) {
    replace(lossChart, lossPlot(runs));
    replace(accuracyChart, accuracyPlot(runs));
  }

  /** Both charts of {@code runs} stacked in one new chart sharing the epoch axis, for export. */
  static JFreeChart figure(List<RunRecord> runs) {
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(epochAxis());
    combined.setGap(12);
    combined.add(lossPlot(runs), 1);
    combined.add(accuracyPlot(runs), 1);
    JFreeChart chart = new JFreeChart("Runs compared", FigureFonts.bold(14), combined, true);
    return finish(chart);
  }

  private static void replace(JFreeChart chart, XYPlot fresh) {
    XYPlot plot = chart.getXYPlot();
    plot.setDataset(fresh.getDataset());
    plot.setRenderer(fresh.getRenderer()); // the axes stay: same ranges, fonts already set
  }

  private static XYPlot lossPlot(List<RunRecord> runs) {
    XYPlot plot = plot(runs, "loss", EpochResult::loss, EpochResult::validationLoss);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    return plot;
  }

  private static XYPlot accuracyPlot(List<RunRecord> runs) {
    XYPlot plot = plot(runs, "accuracy", EpochResult::accuracy, EpochResult::validationAccuracy);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setAutoRange(false);
    axis.setRange(new Range(0, 1.05));
    return plot;
  }

  /** Two series per run: training (dashed, no legend entry) and validation (solid). */
  private static XYPlot plot(
      List<RunRecord> runs,
      String yLabel,
      ToDoubleFunction<EpochResult> training,
      ToDoubleFunction<EpochResult> validation) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    for (int i = 0; i < runs.size(); i++) {
      RunRecord run = runs.get(i);
      Color colour = COLOURS[i % COLOURS.length];
      XYSeries train = new XYSeries(run.name() + " (training)", true, true);
      XYSeries valid = new XYSeries(run.name(), true, true);
      for (EpochResult e : run.history()) {
        train.add(e.epoch(), training.applyAsDouble(e), false);
        double v = validation.applyAsDouble(e);
        if (!Double.isNaN(v)) {
          valid.add(e.epoch(), v, false);
        }
      }
      int t = data.getSeriesCount();
      data.addSeries(train);
      data.addSeries(valid);
      renderer.setSeriesPaint(t, colour);
      renderer.setSeriesStroke(t, DASHED);
      renderer.setSeriesShapesVisible(t, false);
      renderer.setSeriesVisibleInLegend(t, false);
      renderer.setSeriesPaint(t + 1, colour);
      renderer.setSeriesStroke(t + 1, SOLID);
      renderer.setSeriesShapesVisible(t + 1, true);
      renderer.setSeriesShape(t + 1, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    XYPlot plot = new XYPlot(data, epochAxis(), new NumberAxis(yLabel), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    return plot;
  }

  private static NumberAxis epochAxis() {
    NumberAxis x = new NumberAxis("epoch");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(true);
    x.setUpperMargin(0.04);
    return x;
  }

  private static JFreeChart chart(String title, XYPlot plot) {
    return finish(new JFreeChart(title, FigureFonts.bold(14), plot, true));
  }

  private static JFreeChart finish(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    chart.getLegend().setFrame(BlockBorder.NONE);
    TextTitle note = new TextTitle(STYLE_NOTE);
    note.setPosition(RectangleEdge.BOTTOM);
    chart.addSubtitle(note);
    return ChartStyle.apply(chart);
  }
}
