package org.motifworkbench.app.lessons;

import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.training.TrainingSpec;

/**
 * The model settings a lesson sets when it starts; each null field keeps the student's setting.
 *
 * @param preset the network to start from
 * @param epochs maximum epochs
 * @param batchSize sequences per step
 * @param learningRate Adam's learning rate
 * @param seed training seed (same seed, same result)
 * @param attention attention pooling (true) or max pooling (false)
 */
public record SettingsOverrides(
    NetworkPreset preset,
    Integer epochs,
    Integer batchSize,
    Double learningRate,
    Integer seed,
    Boolean attention) {

  /** Nothing overridden. */
  public static SettingsOverrides none() {
    return new SettingsOverrides(null, null, null, null, null, null);
  }

  /** {@code current} with these overrides applied; length and split stay the student's. */
  public ModelSettings applyTo(ModelSettings current) {
    NetworkPreset chosen = preset == null ? current.preset() : preset;
    NetworkSpec network = preset == null ? current.network() : preset.spec();
    if (attention != null) {
      network = network.withAttention(attention);
    }
    TrainingSpec t = current.training();
    if (epochs != null) {
      t = t.withEpochs(epochs);
    }
    if (batchSize != null) {
      t = t.withBatchSize(batchSize);
    }
    if (seed != null) {
      t = t.withSeed(seed);
    }
    if (learningRate != null) {
      t = t.toBuilder().optLearningRate(learningRate).build();
    }
    return new ModelSettings(
        chosen, network, t, current.lengthMode(), current.length(), current.split());
  }
}
