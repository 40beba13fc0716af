package org.motifworkbench.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.training.EpochResult;

/**
 * One training run as a project keeps it ({@code runs/<id>/run.json} beside its {@code model.mwb}):
 * what it was trained on and with which settings, how training went and how it scored. Settings are
 * flat {@code "section.key" -> text} maps in the Model form's order (keys as in a settings file,
 * e.g. {@code "network.kernelSizes" -> "[5, 9, 15]"}), so runs of any preset compare side by side.
 *
 * @param id the run's folder name, {@code yyyyMMdd-HHmmss-xxxx} (UTC); "" in a draft
 * @param name "Run 3", or a grid combination's label
 * @param createdAt ISO-8601 instant the run ended
 * @param origin who made it: "app", "command line" or "grid"
 * @param dataName the data's file names, short
 * @param dataFingerprint the data's content fingerprint (same data, same text); "" when unknown
 * @param data where the data came from (absolute paths); null when unknown
 * @param classNames the model's classes in output order
 * @param preset the preset the network started from (its enum name), "" when none
 * @param settings every setting, in the form's order
 * @param changed the settings that differ from the preset's defaults
 * @param epochs epochs run
 * @param bestEpoch the epoch whose weights the model holds
 * @param stopReason COMPLETED, EARLY_STOPPED or CANCELLED
 * @param validationAccuracy validation accuracy at the best epoch (NaN without validation)
 * @param validationLoss validation loss at the best epoch (NaN without validation)
 * @param test the test split's result, null when there was none
 * @param ceiling the data's Bayes-optimal accuracy when known, NaN otherwise
 * @param seconds training wall time
 * @param backend who computed the training, e.g. "Java kernels"
 * @param device where, e.g. "cpu"
 * @param history every epoch's metrics
 * @param gridId the grid search that made it, null otherwise
 * @param gridIndex its combination's index in that grid, -1 otherwise
 * @param model the model file's name in the run folder
 */
public record RunRecord(
    String id,
    String name,
    String createdAt,
    String origin,
    String dataName,
    String dataFingerprint,
    DataSource data,
    List<String> classNames,
    String preset,
    Map<String, String> settings,
    Map<String, String> changed,
    int epochs,
    int bestEpoch,
    String stopReason,
    double validationAccuracy,
    double validationLoss,
    TestResult test,
    double ceiling,
    double seconds,
    String backend,
    String device,
    List<EpochResult> history,
    String gridId,
    int gridIndex,
    String model) {

  /** The model file's name inside a run folder. */
  public static final String MODEL_FILE = "model.mwb";

  public RunRecord {
    id = id == null ? "" : id;
    name = name == null ? "" : name;
    classNames = classNames == null ? List.of() : List.copyOf(classNames);
    settings = settings == null ? Map.of() : new LinkedHashMap<>(settings);
    changed = changed == null ? Map.of() : new LinkedHashMap<>(changed);
    history = history == null ? List.of() : List.copyOf(history);
    model = model == null || model.isBlank() ? MODEL_FILE : model;
  }

  @Override
  public Map<String, String> settings() {
    return java.util.Collections.unmodifiableMap(settings);
  }

  @Override
  public Map<String, String> changed() {
    return java.util.Collections.unmodifiableMap(changed);
  }

  public RunRecord withId(String newId) {
    return new RunRecord(
        newId,
        name,
        createdAt,
        origin,
        dataName,
        dataFingerprint,
        data,
        classNames,
        preset,
        settings,
        changed,
        epochs,
        bestEpoch,
        stopReason,
        validationAccuracy,
        validationLoss,
        test,
        ceiling,
        seconds,
        backend,
        device,
        history,
        gridId,
        gridIndex,
        model);
  }

  public RunRecord withName(String newName) {
    return new RunRecord(
        id,
        newName,
        createdAt,
        origin,
        dataName,
        dataFingerprint,
        data,
        classNames,
        preset,
        settings,
        changed,
        epochs,
        bestEpoch,
        stopReason,
        validationAccuracy,
        validationLoss,
        test,
        ceiling,
        seconds,
        backend,
        device,
        history,
        gridId,
        gridIndex,
        model);
  }

  /** This run as combination {@code index} of the grid search {@code grid}. */
  public RunRecord withGrid(String grid, int index) {
    return new RunRecord(
        id,
        name,
        createdAt,
        origin,
        dataName,
        dataFingerprint,
        data,
        classNames,
        preset,
        settings,
        changed,
        epochs,
        bestEpoch,
        stopReason,
        validationAccuracy,
        validationLoss,
        test,
        ceiling,
        seconds,
        backend,
        device,
        history,
        grid,
        index,
        model);
  }

  /** Whether a grid search made this run. */
  public boolean fromGrid() {
    return gridId != null && gridIndex >= 0;
  }
}
