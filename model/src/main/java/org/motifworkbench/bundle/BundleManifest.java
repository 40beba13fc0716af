package org.motifworkbench.bundle;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingSpec;

/**
 * Everything a saved model needs besides its weights: how it was built and trained, how its input
 * is read and fitted, its classes, its training history, the data split (with the held-out test
 * ids) and its test metrics. Stored as {@code manifest.json} inside the bundle zip and read back
 * strictly ({@code ManifestReader}): a field added here must be listed there as optional, or old
 * files stop loading.
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
      throw new IllegalArgumentException(
          "Unknown class '" + className + "'; the model's classes " + "are " + classNames + ".");
    }
    return index;
  }

  public BundleManifest {
    versions = Map.copyOf(versions);
    classNames = List.copyOf(classNames);
    testIds = testIds == null ? List.of() : List.copyOf(testIds);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * A builder for a new manifest of the current format: versions, network, training, length policy
   * and classes must be set; the time of saving defaults to now; no data source, split, test ids,
   * history or test metrics; best epoch 0, stop reason "COMPLETED", ceiling NaN.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this manifest's values, to change some of them by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds a manifest by field name (DJL's {@code Conv1d.builder().set...opt...} style): a field
   * added to the record is added here once, and no caller builds the record by position.
   */
  public static final class Builder {
    private String format = FORMAT;
    private int formatVersion = CURRENT_VERSION;
    private String createdAt;
    private Map<String, String> versions;
    private NetworkSpec network;
    private TrainingSpec training;
    private LengthPolicy lengthPolicy;
    private List<String> classNames;
    private DataSource data;
    private SplitPlan split;
    private List<String> testIds = List.of();
    private List<EpochResult> history = List.of();
    private int bestEpoch;
    private String stopReason = "COMPLETED";
    private JsonElement testMetrics;
    private double ceiling = Double.NaN;

    private Builder() {}

    private Builder(BundleManifest from) {
      format = from.format;
      formatVersion = from.formatVersion;
      createdAt = from.createdAt;
      versions = from.versions;
      network = from.network;
      training = from.training;
      lengthPolicy = from.lengthPolicy;
      classNames = from.classNames;
      data = from.data;
      split = from.split;
      testIds = from.testIds;
      history = from.history;
      bestEpoch = from.bestEpoch;
      stopReason = from.stopReason;
      testMetrics = from.testMetrics;
      ceiling = from.ceiling;
    }

    public Builder optFormatVersion(int formatVersion) {
      this.formatVersion = formatVersion;
      return this;
    }

    /** Sets the ISO-8601 time of saving (default: when {@link #build()} is called). */
    public Builder optCreatedAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public Builder setVersions(Map<String, String> versions) {
      this.versions = versions;
      return this;
    }

    public Builder setNetwork(NetworkSpec network) {
      this.network = network;
      return this;
    }

    public Builder setTraining(TrainingSpec training) {
      this.training = training;
      return this;
    }

    public Builder setLengthPolicy(LengthPolicy lengthPolicy) {
      this.lengthPolicy = lengthPolicy;
      return this;
    }

    public Builder setClassNames(List<String> classNames) {
      this.classNames = classNames;
      return this;
    }

    public Builder optData(DataSource data) {
      this.data = data;
      return this;
    }

    public Builder optSplit(SplitPlan split) {
      this.split = split;
      return this;
    }

    public Builder optTestIds(List<String> testIds) {
      this.testIds = testIds;
      return this;
    }

    public Builder optHistory(List<EpochResult> history) {
      this.history = history;
      return this;
    }

    public Builder optBestEpoch(int bestEpoch) {
      this.bestEpoch = bestEpoch;
      return this;
    }

    /** Sets why training stopped: a {@code TrainingResult.StopReason} name. */
    public Builder optStopReason(String stopReason) {
      this.stopReason = stopReason;
      return this;
    }

    public Builder optTestMetrics(JsonElement testMetrics) {
      this.testMetrics = testMetrics;
      return this;
    }

    public Builder optCeiling(double ceiling) {
      this.ceiling = ceiling;
      return this;
    }

    /** The manifest; an {@link IllegalStateException} when a field that must be set was not. */
    public BundleManifest build() {
      if (versions == null
          || network == null
          || training == null
          || lengthPolicy == null
          || classNames == null) {
        throw new IllegalStateException(
            "a bundle manifest needs versions, network, training,"
                + " length policy and class names");
      }
      return new BundleManifest(
          format,
          formatVersion,
          createdAt != null ? createdAt : Instant.now().toString(),
          versions,
          network,
          training,
          lengthPolicy,
          classNames,
          data,
          split,
          testIds,
          history,
          bestEpoch,
          stopReason,
          testMetrics,
          ceiling);
    }
  }
}
