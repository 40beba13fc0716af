package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.evaluation.RocCurve;

class EvaluationChartsTest {

  /** scikit-learn's example: ROC AUC 0.75, average precision 0.8333. */
  private static final ClassificationMetrics BINARY =
      Evaluator.evaluate(
          new int[] {0, 0, 1, 1},
          new float[][] {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.65f, 0.35f}, {0.2f, 0.8f}},
          List.of("negative", "positive"));

  private static final ClassificationMetrics THREE_CLASSES =
      Evaluator.evaluate(
          new int[] {0, 0, 1, 1, 2, 2},
          new float[][] {
            {0.8f, 0.1f, 0.1f}, {0.4f, 0.5f, 0.1f}, {0.1f, 0.8f, 0.1f},
            {0.2f, 0.7f, 0.1f}, {0.1f, 0.2f, 0.7f}, {0.3f, 0.3f, 0.4f}
          },
          List.of("a", "b", "c"));

  @Test
  void rocHasTheCurvesPointsItsAucInTheLegendAndTheChanceLine() {
    XYPlot plot = EvaluationCharts.roc(BINARY).getXYPlot();
    XYDataset data = plot.getDataset();

    assertEquals(List.of("positive: AUC 0.750", EvaluationCharts.CHANCE), keys(data));
    RocCurve roc = BINARY.curves().get(0).roc();
    assertEquals(roc.size(), data.getItemCount(0));
    for (int i = 0; i < roc.size(); i++) {
      assertEquals(roc.fpr(i), data.getXValue(0, i), 1e-12);
      assertEquals(roc.tpr(i), data.getYValue(0, i), 1e-12);
    }
    assertEquals(1.0, data.getXValue(1, 1));
    assertEquals(1.0, data.getYValue(1, 1));
    assertEquals(labels(plot.getLegendItems()), keys(data));
  }

  @Test
  void precisionRecallShowsAveragePrecisionAndTheNoSkillBaseline() {
    XYDataset data = EvaluationCharts.precisionRecall(BINARY).getXYPlot().getDataset();

    assertEquals(List.of("positive: PR AUC 0.833", "no skill (0.500)"), keys(data));
    assertEquals(BINARY.curves().get(0).pr().size(), data.getItemCount(0));
    assertEquals(0.5, data.getYValue(1, 0));
    assertEquals(0.5, data.getYValue(1, 1));
  }

  @Test
  void multiClassChartsHaveOneCurvePerClassInItsOwnColour() {
    JFreeChart roc = EvaluationCharts.roc(THREE_CLASSES);
    List<String> rocKeys = keys(roc.getXYPlot().getDataset());
    assertEquals(4, rocKeys.size());
    for (int c = 0; c < 3; c++) {
      String name = List.of("a", "b", "c").get(c);
      double auc = THREE_CLASSES.curves().get(c).roc().auc();
      assertEquals(name + ": AUC " + MetricFormat.threeDecimals(auc), rocKeys.get(c));
      assertEquals(ClassPalette.of(c), roc.getXYPlot().getRenderer().getSeriesPaint(c));
    }

    XYPlot pr = EvaluationCharts.precisionRecall(THREE_CLASSES).getXYPlot();
    assertEquals(6, pr.getDataset().getSeriesCount(), "3 curves and 3 baselines");
    assertEquals(
        List.of("a: PR AUC", "b: PR AUC", "c: PR AUC"),
        labels(pr.getLegendItems()).stream().map(l -> l.substring(0, l.lastIndexOf(' '))).toList());
    assertEquals(1.0 / 3, pr.getDataset().getYValue(3, 0), 1e-12);
  }

  @Test
  void anUndefinedAreaIsSaidInWords() {
    ClassificationMetrics oneClass =
        Evaluator.evaluate(
            new int[] {1, 1},
            new float[][] {{0.3f, 0.7f}, {0.6f, 0.4f}},
            List.of("negative", "positive"));

    XYDataset data = EvaluationCharts.roc(oneClass).getXYPlot().getDataset();
    assertEquals("positive: AUC undefined", data.getSeriesKey(0));
    assertEquals(0, data.getItemCount(0));
  }

  @Test
  void binaryScoreDistributionsShowTheShareOfEachTrueClassPerBin() {
    JFreeChart chart = EvaluationCharts.scoreDistributions(BINARY);
    CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.getPlot();
    XYPlot plot = combined.getSubplots().get(0);
    XYDataset data = plot.getDataset();

    assertEquals(List.of("negative sequences (n = 2)", "positive sequences (n = 2)"), keys(data));
    assertEquals(20, data.getItemCount(0));
    // negatives scored 0.1 and 0.4: bins 2 and 8, half of the class each
    assertEquals(0.5, data.getYValue(0, 2));
    assertEquals(0.5, data.getYValue(0, 8));
    assertEquals(0.125, data.getXValue(0, 2), 1e-12);
    assertEquals(1.0, sum(data, 1), 1e-12);
    assertEquals("Predicted probability of positive", combined.getDomainAxis().getLabel());
  }

  @Test
  void multiClassScoreDistributionsHaveOnePanelPerClass() {
    CombinedDomainXYPlot combined =
        (CombinedDomainXYPlot) EvaluationCharts.scoreDistributions(THREE_CLASSES).getPlot();

    assertEquals(3, combined.getSubplots().size());
    XYDataset b = combined.getSubplots().get(1).getDataset();
    assertEquals(List.of("other classes", "b"), keys(b));
    assertEquals(1.0, sum(b, 0), 1e-12);
    assertEquals(List.of("a", "b", "c", "other classes"), labels(combined.getLegendItems()));
  }

  @Test
  void chartsDrawIntoAnImage() {
    BufferedImage image =
        EvaluationCharts.scoreDistributions(THREE_CLASSES).createBufferedImage(600, 400);
    assertEquals(600, image.getWidth());
    assertTrue(EvaluationCharts.roc(BINARY).createBufferedImage(300, 300) != null);
  }

  private static List<String> keys(XYDataset data) {
    List<String> keys = new ArrayList<>();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      keys.add(data.getSeriesKey(s).toString());
    }
    return keys;
  }

  private static List<String> labels(LegendItemCollection items) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }

  private static double sum(XYDataset data, int series) {
    double total = 0;
    for (int i = 0; i < data.getItemCount(series); i++) {
      total += data.getYValue(series, i);
    }
    return total;
  }

  @Test
  void scoreDistributionsOfBoundAgainstUnboundShowTheBoundProbability() {
    float[][] probs = {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.7f, 0.3f}, {0.2f, 0.8f}};
    ClassificationMetrics m =
        Evaluator.evaluate(new int[] {0, 0, 1, 1}, probs, List.of("bound", "unbound"));
    JFreeChart chart = EvaluationCharts.scoreDistributions(m);
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
    assertEquals("Predicted probability of bound", plot.getDomainAxis().getLabel());
    XYDataset data = plot.getSubplots().get(0).getDataset();
    assertEquals(2, data.getSeriesCount());
  }
}
