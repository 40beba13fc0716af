package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Block;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.training.SmallDataInferenceTest;
import org.motifworkbench.training.TrainingData;

/** Batch-norm recalibration sets the exact inference-mode statistics, layer by layer. */
class BatchNormCalibrationTest {

  private static final int LENGTH = 250;

  @Test
  void recalibrationSetsTheExactStatisticsOfItsData() {
    TrainingData data = SmallDataInferenceTest.ownFiles(64, 4);
    try (SequenceClassifier c =
        SequenceClassifier.create(
            NetworkPreset.DEFAULT.spec(), List.of("negative", "positive"), LENGTH, 7)) {
      List<NormShift> first = c.calibrateBatchNorm(data.sequences());
      // one shift per batch norm: four branches, two dense layers
      assertEquals(
          List.of("conv3", "conv7", "conv15", "conv25", "dense0", "dense1"),
          first.stream().map(NormShift::layer).toList());
      // fresh statistics (mean 0, variance 1) are far from the data's
      assertTrue(first.get(0).maxMeanShift() > 1, first.get(0).toString());
      List<NormShift> again = c.calibrateBatchNorm(data.sequences());
      for (NormShift s : again) {
        assertTrue(s.maxMeanShift() < 1e-3, s.toString());
        assertEquals(1, s.maxVarianceRatio(), 1e-3, s.toString());
      }
      // the first layer's statistics equal the engine's own activations' mean and variance
      List<float[]> maps = c.filterActivations(data.sequences());
      float[] conv3 = maps.get(0);
      int filters = NetworkPreset.DEFAULT.spec().filters();
      int perFilter = conv3.length / filters;
      int n = data.size();
      double[] mean = new double[filters];
      double[] squares = new double[filters];
      for (int s = 0; s < n; s++) {
        for (int f = 0; f < filters; f++) {
          for (int p = 0; p < LENGTH; p++) {
            double v = conv3[(s * filters + f) * LENGTH + p];
            mean[f] += v;
            squares[f] += v * v;
          }
        }
      }
      Block norm = c.block().branches().get(0).norm();
      float[][] stats = {
        norm.getParameters().get("runningMean").getArray().toFloatArray(),
        norm.getParameters().get("runningVar").getArray().toFloatArray()
      };
      long count = (long) n * LENGTH;
      for (int f = 0; f < filters; f++) {
        double m = mean[f] / count;
        double var = (squares[f] / count - m * m) * count / (count - 1);
        assertEquals(m, stats[0][f], 1e-4 * Math.max(1, Math.abs(m)));
        assertEquals(var, stats[1][f], 1e-3 * Math.max(1e-3, var));
      }
      assertEquals(perFilter, LENGTH * n);
    }
  }
}
