package org.motifworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.motifworkbench.training.EpochResult;

/** The charts show the curves' points and marks; no FX toolkit needed (plain JFreeChart). */
class TrainingChartsTest {

  private final TrainingCharts charts = new TrainingCharts();

  @Test
  void showsPointsAndMarksLearningRateBestEpochStopAndCeiling() {
    List<BatchPoint> batches =
        List.of(
            new BatchPoint(0.5, 0.7, 0.5),
            new BatchPoint(1, 0.6, 0.6),
            new BatchPoint(1.5, 0.5, 0.7),
            new BatchPoint(2, 0.4, 0.8));
    List<EpochResult> epochs =
        List.of(
            new EpochResult(1, 0.65, 0.55, 0.6, 0.6, 1e-3, 10, 20, true, false),
            new EpochResult(2, 0.45, 0.75, 0.62, 0.58, 1e-3, 20, 0, false, true));
    charts.show(new TrainingCurves(batches, epochs, 2, 0.84, 0.5));

    XYSeriesCollection loss = data(charts.lossChart());
    assertEquals(4, loss.getSeries(0).getItemCount());
    assertEquals(0.45, loss.getSeries(1).getY(1).doubleValue(), 0);
    assertEquals(0.62, loss.getSeries(2).getY(1).doubleValue(), 0);
    XYSeriesCollection accuracy = data(charts.accuracyChart());
    assertEquals(0.8, accuracy.getSeries(0).getY(3).doubleValue(), 0);
    assertEquals(0.58, accuracy.getSeries(2).getY(1).doubleValue(), 0);

    for (JFreeChart chart : List.of(charts.lossChart(), charts.accuracyChart())) {
      assertEquals(
          List.of("LR \u00d70.5 @2.0", "best epoch 1 @1.0", "stopped early @2.0"),
          labels(chart.getXYPlot().getDomainMarkers(Layer.BACKGROUND)));
    }
    assertEquals(
        List.of("best possible 0.84 @0.84"),
        labels(charts.accuracyChart().getXYPlot().getRangeMarkers(Layer.BACKGROUND)));
  }

  @Test
  void aNewRunClearsTheOldMarks() {
    charts.show(
        new TrainingCurves(
            List.of(),
            List.of(new EpochResult(1, 0.65, 0.55, 0.6, 0.6, 1e-3, 10, 20, true, true)),
            1,
            0.9,
            0.5));
    charts.show(TrainingCurves.empty(Double.NaN, 0.5));

    assertEquals(0, data(charts.lossChart()).getSeries(1).getItemCount());
    assertEquals(
        List.of(), labels(charts.lossChart().getXYPlot().getDomainMarkers(Layer.BACKGROUND)));
    assertEquals(
        List.of(), labels(charts.accuracyChart().getXYPlot().getRangeMarkers(Layer.BACKGROUND)));
  }

  private static XYSeriesCollection data(JFreeChart chart) {
    return (XYSeriesCollection) chart.getXYPlot().getDataset();
  }

  private static List<String> labels(Collection<?> markers) {
    if (markers == null) {
      return List.of();
    }
    return markers.stream()
        .map(m -> ((Marker) m).getLabel() + " @" + ((ValueMarker) m).getValue())
        .toList();
  }
}
