package org.motifworkbench.app.runs;

import java.util.Comparator;
import java.util.List;
import org.motifworkbench.project.RunRecord;

/**
 * The order of a grid search's runs: validation accuracy at the best epoch (highest first), ties by
 * validation loss (lowest first); never the test split, which stays for the final estimate.
 */
final class GridRanking {

  private GridRanking() {}

  static List<RunRecord> rank(List<RunRecord> runs) {
    return runs.stream().sorted(ORDER).toList();
  }

  private static final Comparator<RunRecord> ORDER =
      Comparator.comparingDouble((RunRecord r) -> nanLow(r.validationAccuracy()))
          .reversed()
          .thenComparingDouble(r -> nanHigh(r.validationLoss()))
          .thenComparingInt(RunRecord::gridIndex);

  private static double nanLow(double v) {
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  private static double nanHigh(double v) {
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }
}
