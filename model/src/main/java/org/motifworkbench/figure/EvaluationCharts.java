package org.motifworkbench.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.motifworkbench.evaluation.ClassCurves;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.PrCurve;
import org.motifworkbench.evaluation.RocCurve;
import org.motifworkbench.evaluation.ScoreDistributions;
import org.motifworkbench.evaluation.ScoreHistogram;

/**
 * The evaluation charts (ROC, precision-recall, score distributions) as JFreeChart objects, built
 * the same way for the screen and for exported files. As {@link ClassificationMetrics} documents,
 * two classes give one curve (class 1 as positive); more classes give one curve per class, that
 * class against all others. Each class keeps its {@link ClassPalette} colour in every chart.
 */
public final class EvaluationCharts {

  /** Legend name of the ROC diagonal. */
  public static final String CHANCE = "chance (AUC 0.500)";

  private static final Font TITLE = FigureFonts.bold(14);
  private static final Font NOTE = FigureFonts.plain(11);
  private static final BasicStroke CURVE = new BasicStroke(2f);
  private static final BasicStroke DASHED =
      new BasicStroke(
          1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

  private EvaluationCharts() {}

  /** ROC curves with their AUC in the legend and the diagonal of a classifier that guesses. */
  public static JFreeChart roc(ClassificationMetrics metrics) {
    DefaultXYDataset data = new DefaultXYDataset();
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    List<ClassCurves> curves = metrics.curves();
    for (int i = 0; i < curves.size(); i++) {
      ClassCurves c = curves.get(i);
      RocCurve roc = c.roc();
      double[][] xy = new double[2][roc.size()];
      for (int j = 0; j < roc.size(); j++) {
        xy[0][j] = roc.fpr(j);
        xy[1][j] = roc.tpr(j);
      }
      data.addSeries(c.className() + ": AUC " + MetricFormat.threeDecimals(roc.auc()), xy);
      curveStyle(lines, i, ClassPalette.of(c.classIndex()));
    }
    data.addSeries(CHANCE, new double[][] {{0, 1}, {0, 1}});
    lineStyle(lines, curves.size(), ClassPalette.NEUTRAL, DASHED);
    XYPlot plot =
        new XYPlot(
            data,
            unitAxis("False positive rate (1 \u2212 specificity)"),
            rateAxis("True positive rate (recall)"),
            lines);
    return styled(new JFreeChart(title("ROC curve", metrics), TITLE, plot, true));
  }

  /**
   * Precision-recall curves with their PR AUC (average precision) in the legend and, dashed, the
   * precision of a classifier that guesses: the positive class's share of the data.
   */
  public static JFreeChart precisionRecall(ClassificationMetrics metrics) {
    DefaultXYDataset data = new DefaultXYDataset();
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    List<ClassCurves> curves = metrics.curves();
    for (int i = 0; i < curves.size(); i++) {
      ClassCurves c = curves.get(i);
      PrCurve pr = c.pr();
      double[][] xy = new double[2][pr.size()];
      for (int j = 0; j < pr.size(); j++) {
        xy[0][j] = pr.recall(j);
        xy[1][j] = pr.precision(j);
      }
      data.addSeries(
          c.className() + ": PR AUC " + MetricFormat.threeDecimals(pr.averagePrecision()), xy);
      curveStyle(lines, i, ClassPalette.of(c.classIndex()));
    }
    boolean binary = curves.size() == 1;
    for (int i = 0; i < curves.size(); i++) {
      ClassCurves c = curves.get(i);
      double base = c.pr().baseline();
      String key =
          binary
              ? "no skill (" + MetricFormat.threeDecimals(base) + ")"
              : "no skill, " + c.className() + " (" + MetricFormat.threeDecimals(base) + ")";
      data.addSeries(key, new double[][] {{0, 1}, {base, base}});
      int series = curves.size() + i;
      lineStyle(
          lines, series, binary ? ClassPalette.NEUTRAL : ClassPalette.of(c.classIndex()), DASHED);
      lines.setSeriesVisibleInLegend(series, binary);
    }
    XYPlot plot = new XYPlot(data, unitAxis("Recall"), rateAxis("Precision"), lines);
    JFreeChart chart = new JFreeChart(title("Precision-recall curve", metrics), TITLE, plot, true);
    if (!binary) {
      chart.addSubtitle(note("Dashed: no-skill precision, each class's share of the sequences"));
    }
    return styled(chart);
  }

  /**
   * Histograms of the predicted probability by true class. Two classes: one plot of the class-1
   * probability, one bar series per true class. More classes: one plot per class of its own
   * probability, for the sequences of that class against all others. Bars show the share of each
   * group's sequences, so groups of different sizes compare fairly.
   */
  public static JFreeChart scoreDistributions(ClassificationMetrics metrics) {
    ScoreDistributions d = metrics.scoreDistributions();
    List<String> names = d.classNames();
    NumberAxis x =
        unitAxis(
            names.size() == 2
                ? "Predicted probability of " + names.get(d.scoreClasses()[0])
                : "Predicted probability of the class");
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
    combined.setGap(8);
    LegendItemCollection legend = new LegendItemCollection();
    if (names.size() == 2) {
      XYSeriesCollection data = new XYSeriesCollection();
      XYBarRenderer bars = barRenderer();
      for (int t = 0; t < 2; t++) {
        ScoreHistogram h = d.histogram(d.scoreClasses()[0], t);
        String key = names.get(t) + " sequences (n = " + h.total() + ")";
        data.addSeries(shares(key, h));
        bars.setSeriesPaint(t, ClassPalette.of(t));
        legend.add(new LegendItem(key, ClassPalette.of(t)));
      }
      combined.add(histogramPlot(data, bars, "Share of sequences"));
    } else {
      for (int s : d.scoreClasses()) {
        combined.add(oneVsRestPlot(d, s));
        legend.add(new LegendItem(names.get(s), ClassPalette.of(s)));
      }
      legend.add(new LegendItem("other classes", ClassPalette.NEUTRAL));
    }
    combined.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title("Score distributions", metrics), TITLE, combined, true);
    if (names.size() > 2) {
      chart.addSubtitle(
          note(
              "Each panel: one class's probability, for its own sequences and the"
                  + " others'. Bars: share of each group's sequences."));
    }
    return styled(chart);
  }

  private static XYPlot oneVsRestPlot(ScoreDistributions d, int scoreClass) {
    int[] rest = new int[d.bins()];
    ScoreHistogram own = d.histogram(scoreClass, scoreClass);
    for (int t = 0; t < d.classNames().size(); t++) {
      if (t != scoreClass) {
        int[] counts = d.histogram(scoreClass, t).counts();
        for (int b = 0; b < rest.length; b++) {
          rest[b] += counts[b];
        }
      }
    }
    String name = d.classNames().get(scoreClass);
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(shares("other classes", new ScoreHistogram(rest)));
    data.addSeries(shares(name, own));
    XYBarRenderer bars = barRenderer();
    bars.setSeriesPaint(0, ClassPalette.NEUTRAL);
    bars.setSeriesPaint(1, ClassPalette.of(scoreClass));
    // The class's name inside its panel, top right: as a rotated axis label it would be longer
    // than a panel is high in a printed figure and run into the next panel's.
    XYPlot plot = histogramPlot(data, bars, null);
    TextTitle label = new TextTitle(name, NOTE);
    label.setBackgroundPaint(new Color(255, 255, 255, 200));
    plot.addAnnotation(new XYTitleAnnotation(0.995, 0.98, label, RectangleAnchor.TOP_RIGHT));
    return plot;
  }

  /** One bar per bin at the bin's centre, as the share of the histogram's total. */
  private static XYSeries shares(String key, ScoreHistogram h) {
    XYSeries series = new XYSeries(key, true, false);
    int total = h.total();
    for (int b = 0; b < h.bins(); b++) {
      double share = total == 0 ? 0 : (double) h.count(b) / total;
      series.add((h.lower(b) + h.upper(b)) / 2, share, false);
    }
    return series;
  }

  private static XYPlot histogramPlot(XYSeriesCollection data, XYBarRenderer bars, String yLabel) {
    if (data.getSeriesCount() > 0) {
      data.setIntervalWidth(1.0 / data.getSeries(0).getItemCount());
    }
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, null, y, bars);
    plot.setForegroundAlpha(0.6f);
    return plot;
  }

  private static XYBarRenderer barRenderer() {
    XYBarRenderer bars = new XYBarRenderer(0.05);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    return bars;
  }

  private static void curveStyle(XYLineAndShapeRenderer r, int series, Color color) {
    lineStyle(r, series, color, CURVE);
  }

  private static void lineStyle(
      XYLineAndShapeRenderer r, int series, Color color, BasicStroke stroke) {
    r.setSeriesPaint(series, color);
    r.setSeriesStroke(series, stroke);
  }

  /** A 0-1 value axis with a little room above 1, so a curve along the top stays visible. */
  private static NumberAxis rateAxis(String label) {
    NumberAxis axis = unitAxis(label);
    axis.setRange(0, 1.02);
    return axis;
  }

  /**
   * A 0-1 axis whose ticks are 0.1 apart when the labels fit, else 0.2, 0.5 or 1: JFreeChart picks
   * the smallest unit whose labels do not run together at the axis's length and font.
   */
  private static NumberAxis unitAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(0, 1.0);
    axis.setAutoRange(false);
    DecimalFormat oneDecimal =
        new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    TickUnits units = new TickUnits();
    for (double size : new double[] {0.1, 0.2, 0.5, 1.0}) {
      units.add(new NumberTickUnit(size, oneDecimal));
    }
    axis.setStandardTickUnits(units);
    axis.setAutoTickUnitSelection(true);
    return axis;
  }

  private static String title(String what, ClassificationMetrics metrics) {
    return what + " (" + metrics.summary().n() + " sequences)";
  }

  private static TextTitle note(String text) {
    TextTitle t = new TextTitle(text, NOTE);
    t.setPaint(ClassPalette.NEUTRAL.darker());
    return t;
  }

  /** White background and light grid, matching the workbench's plain look. */
  private static JFreeChart styled(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    // Room on the right so the last tick label ("1.0") is not cut off.
    chart.setPadding(new RectangleInsets(4, 4, 4, 14));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getPlot() instanceof XYPlot xy) {
      plotStyle(xy);
    }
    if (chart.getPlot() instanceof CombinedDomainXYPlot combined) {
      plotStyle(combined);
      for (XYPlot sub : combined.getSubplots()) {
        plotStyle(sub);
      }
    }
    return ChartStyle.apply(chart);
  }

  private static void plotStyle(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xE3, 0xE7, 0xEC));
    plot.setRangeGridlinePaint(new Color(0xE3, 0xE7, 0xEC));
    plot.setOutlinePaint(new Color(0xC5, 0xCC, 0xD4));
  }
}
