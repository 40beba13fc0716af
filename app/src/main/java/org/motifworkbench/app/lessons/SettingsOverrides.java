package org.motifworkbench.app.lessons;

import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.training.TrainingSpec;

/**
 * The model settings a lesson sets when it starts. Nothing of an earlier lesson or of the student's
 * own edits is kept: the settings start from the preset's defaults (the preset's network, the
 * default training settings, input length from the data, the default split), and each non-null
 * field is applied on top.
 *
 * @param preset the network to start from; null: the workbench's default network
 * @param epochs maximum epochs
 * @param batchSize sequences per step
 * @param learningRate Adam's learning rate
 * @param seed training seed (same seed, same result)
 * @param attention attention pooling (true) or max pooling (false)
 * @param classWeights "none" or "balanced"
 */
public record SettingsOverrides(
    NetworkPreset preset,
    Integer epochs,
    Integer batchSize,
    Double learningRate,
    Integer seed,
    Boolean attention,
    String classWeights) {

  /** Settings without class weights. */
  public SettingsOverrides(
      NetworkPreset preset,
      Integer epochs,
      Integer batchSize,
      Double learningRate,
      Integer seed,
      Boolean attention) {
    this(preset, epochs, batchSize, learningRate, seed, attention, null);
  }

  /** Nothing set: the default network with the default training settings. */
  public static SettingsOverrides none() {
    return new SettingsOverrides(null, null, null, null, null, null, null);
  }

  /**
   * The preset's defaults with these fields applied. Only the strands of {@code current} stay: they
   * follow the open data (both, unless its headers put every motif on the forward strand), not a
   * lesson.
   */
  public ModelSettings applyTo(ModelSettings current) {
    NetworkPreset chosen = preset == null ? NetworkPreset.DEFAULT : preset;
    ModelSettings base = ModelSettings.of(chosen);
    NetworkSpec network = base.network();
    if (attention != null) {
      network = network.withAttention(attention);
    }
    TrainingSpec.Builder t =
        base.training().toBuilder().optReverseComplement(current.training().reverseComplement());
    if (epochs != null) {
      t = t.optEpochs(epochs);
    }
    if (batchSize != null) {
      t = t.optBatchSize(batchSize);
    }
    if (seed != null) {
      t = t.optSeed(seed);
    }
    if (learningRate != null) {
      t = t.optLearningRate(learningRate);
    }
    if (classWeights != null) {
      t = t.optClassWeights(classWeights);
    }
    TrainingSpec training = t.build();
    return new ModelSettings(
        chosen,
        network,
        training,
        base.lengthMode(),
        base.length(),
        SplitPlan.stratified(training.seed()));
  }
}
