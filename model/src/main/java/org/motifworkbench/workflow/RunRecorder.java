package org.motifworkbench.workflow;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.project.TestResult;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceFingerprint;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingResult;

/**
 * A finished training run described for its project ({@link RunRecord}): the same facts for a run
 * of the Train screen, of {@code mwb train --project} and of a grid search, so the Runs screen
 * compares them alike.
 */
public final class RunRecorder {

  private RunRecorder() {}

  /**
   * A draft record (no id yet) of a run that kept a model; its preset is the one whose network the
   * run's network equals, or else the closest one.
   *
   * @param seconds training wall time
   * @param origin "app", "command line" or "grid"
   * @param name what the run is called in tables, e.g. "Run 3"
   */
  public static RunRecord record(
      TrainingWorkflow.Request request,
      TrainingWorkflow.Outcome outcome,
      double seconds,
      String origin,
      String name) {
    return record(request, outcome, seconds, origin, name, closestPreset(request.network()));
  }

  /**
   * As {@link #record(TrainingWorkflow.Request, TrainingWorkflow.Outcome, double, String, String)},
   * with the preset the network started from.
   */
  public static RunRecord record(
      TrainingWorkflow.Request request,
      TrainingWorkflow.Outcome outcome,
      double seconds,
      String origin,
      String name,
      NetworkPreset preset) {
    if (!outcome.kept()) {
      throw new IllegalArgumentException("the run kept no model: there is nothing to record");
    }
    TrainingResult training = outcome.training();
    EpochResult best = training.best();
    Map<String, String> settings =
        SettingsTable.of(
            request.network(), request.training(), request.lengthPolicy(), request.split());
    TestResult test =
        outcome.test() == null
            ? null
            : new TestResult(
                outcome.testSet().size(),
                outcome.test().accuracy(),
                outcome.test().rocAuc(),
                outcome.testIntervals());
    return new RunRecord(
        "",
        name,
        Instant.now().toString(),
        origin,
        dataName(request.source()),
        SequenceFingerprint.of(request.data()),
        request.source(),
        request.data().classNames(),
        preset == null ? "" : preset.name(),
        settings,
        SettingsTable.changed(settings, preset),
        training.history().size(),
        training.bestEpoch(),
        training.stopReason().name(),
        best == null ? Double.NaN : best.validationAccuracy(),
        best == null ? Double.NaN : best.validationLoss(),
        test,
        request.ceiling(),
        seconds,
        training.backend() == null ? "" : training.backend().label(),
        outcome.bundle().classifier().device(),
        training.history(),
        null,
        -1,
        RunRecord.MODEL_FILE);
  }

  /** The preset whose network equals {@code network}, else the one with the fewest differences. */
  static NetworkPreset closestPreset(NetworkSpec network) {
    NetworkPreset closest = NetworkPreset.DEFAULT;
    int fewest = Integer.MAX_VALUE;
    Map<String, String> mine = SettingsTable.of(network, null, null, null);
    for (NetworkPreset preset : NetworkPreset.values()) {
      Map<String, String> theirs = SettingsTable.of(preset.spec(), null, null, null);
      int differences = 0;
      for (Map.Entry<String, String> e : mine.entrySet()) {
        if (!e.getValue().equals(theirs.get(e.getKey()))) {
          differences++;
        }
      }
      if (differences < fewest) {
        fewest = differences;
        closest = preset;
      }
    }
    return closest;
  }

  /** "primer-motif.fa", "pos.fa + neg.fa", or "data" when the source is unknown. */
  static String dataName(DataSource source) {
    if (source == null || source.files().isEmpty()) {
      return "data";
    }
    List<String> names =
        source.files().stream().map(f -> String.valueOf(Path.of(f).getFileName())).toList();
    return String.join(" + ", names);
  }
}
