package org.motifworkbench.app.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motifworkbench.evaluation.BootstrapIntervals;
import org.motifworkbench.evaluation.Interval;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.project.TestResult;
import org.motifworkbench.training.EpochResult;

/** Run records made up for the Runs screen's tests (no training). */
final class TestRuns {

  private TestRuns() {}

  /** A run with a test accuracy and its interval, settings filters and learning rate. */
  static RunRecord run(
      String id, String name, double validationAccuracy, double testAccuracy, Interval interval) {
    return run(id, name, validationAccuracy, 0.5, testAccuracy, interval, "32", "0.001", null, -1);
  }

  static RunRecord run(
      String id,
      String name,
      double validationAccuracy,
      double validationLoss,
      double testAccuracy,
      Interval interval,
      String filters,
      String learningRate,
      String gridId,
      int gridIndex) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("network.kernelSizes", "[5, 9]");
    settings.put("network.filters", filters);
    settings.put("training.learningRate", learningRate);
    settings.put("training.epochs", "3");
    Map<String, String> changed = new LinkedHashMap<>();
    if (!filters.equals("32")) {
      changed.put("network.filters", filters);
    }
    TestResult test =
        Double.isNaN(testAccuracy)
            ? null
            : new TestResult(
                200,
                testAccuracy,
                0.9,
                new BootstrapIntervals(interval, new Interval(0.85, 0.95), 0.95, 1000));
    List<EpochResult> history =
        List.of(
            new EpochResult(1, 0.69, 0.55, 0.68, 0.56, 0.001, 1000, 2000, false, false),
            new EpochResult(2, 0.50, 0.75, 0.52, 0.74, 0.001, 2000, 1000, false, false),
            new EpochResult(
                3, 0.40, 0.82, validationLoss, validationAccuracy, 0.001, 3000, 0, true, false));
    return new RunRecord(
        id,
        name,
        "2026-12-04T09:" + id.substring(id.length() - 2) + ":00Z",
        gridId == null ? "app" : "grid",
        "primer-motif.fa",
        "",
        null,
        List.of("absent", "present"),
        "teaching",
        settings,
        changed,
        3,
        3,
        "COMPLETED",
        validationAccuracy,
        validationLoss,
        test,
        Double.NaN,
        12.4,
        "Java kernels",
        "cpu",
        history,
        gridId,
        gridIndex,
        RunRecord.MODEL_FILE);
  }
}
