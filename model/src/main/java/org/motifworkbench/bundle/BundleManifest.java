package org.motifworkbench.bundle;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.Map;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingSpec;

/**
 * Everything a saved model needs besides its weights: how it was built and trained, how its input is
 * read and fitted, its classes, its training history, the data split (with the held-out test ids)
 * and its test metrics. Stored as {@code manifest.json} inside the bundle zip and read back strictly
 * ({@code ManifestReader}): a field added here must be listed there as optional, or old files stop
 * loading.
 *
 * @param format always {@link #FORMAT}, to recognise foreign files
 * @param formatVersion version of this layout
 * @param createdAt ISO-8601 time of saving
 * @param versions workbench, DJL and engine versions that wrote it, and under "backend" who
 *     computed the training (java or engine; absent in files written before it was recorded)
 * @param testMetrics the evaluation JSON of the held-out test split (null when there was none)
 * @param ceiling Bayes-optimal accuracy of the data set when it was synthetic with a known recipe
 *     (NaN otherwise)
 */
public record BundleManifest(
    String format,
    int formatVersion,
    String createdAt,
    Map<String, String> versions,
    NetworkSpec network,
    TrainingSpec training,
    LengthPolicy lengthPolicy,
    List<String> classNames,
    DataSource data,
    SplitPlan split,
    List<String> testIds,
    List<EpochResult> history,
    int bestEpoch,
    String stopReason,
    JsonElement testMetrics,
    double ceiling) {

  public static final String FORMAT = "motif-workbench-model";
  public static final int CURRENT_VERSION = 1;

  /** The index of a class by name; a plain error naming the model's classes otherwise. */
  public int classIndex(String className) {
    int index = classNames.indexOf(className);
    if (index < 0) {
      throw new IllegalArgumentException("Unknown class '" + className + "'; the model's classes "
          + "are " + classNames + ".");
    }
    return index;
  }

  public BundleManifest {
    versions = Map.copyOf(versions);
    classNames = List.copyOf(classNames);
    testIds = testIds == null ? List.of() : List.copyOf(testIds);
    history = history == null ? List.of() : List.copyOf(history);
  }
}
