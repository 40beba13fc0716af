package org.motifworkbench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The builder changes exactly the settings it names and keeps the rest. */
class TrainingSpecTest {

  @Test
  void theBuilderStartsFromTheDefaults() {
    assertEquals(
        new TrainingSpec(1, 50, 64, 1e-3, 42, 10, 5, 0.5, 1e-6, "none", false),
        TrainingSpec.builder().build());
    assertEquals(TrainingSpec.defaults(), TrainingSpec.defaults().toBuilder().build());
  }

  @Test
  void everySettingIsSetByName() {
    TrainingSpec all =
        TrainingSpec.builder()
            .optVersion(0)
            .optEpochs(7)
            .optBatchSize(16)
            .optLearningRate(0.01)
            .optSeed(3)
            .optEarlyStoppingPatience(2)
            .optPlateauPatience(1)
            .optPlateauFactor(0.25)
            .optMinLearningRate(1e-5)
            .optClassWeights("balanced")
            .optReverseComplement(true)
            .build();
    assertEquals(new TrainingSpec(0, 7, 16, 0.01, 3, 2, 1, 0.25, 1e-5, "balanced", true), all);
    assertEquals(all, all.toBuilder().build());
  }

  @Test
  void theWithMethodsChangeOneSetting() {
    TrainingSpec d = TrainingSpec.defaults();
    assertEquals(
        new TrainingSpec(1, 9, 64, 1e-3, 42, 10, 5, 0.5, 1e-6, "none", false), d.withEpochs(9));
    assertEquals(
        new TrainingSpec(1, 50, 8, 1e-3, 42, 10, 5, 0.5, 1e-6, "none", false), d.withBatchSize(8));
    assertEquals(
        new TrainingSpec(1, 50, 64, 1e-3, 5, 10, 5, 0.5, 1e-6, "none", false), d.withSeed(5));
    assertEquals(
        new TrainingSpec(1, 50, 64, 1e-3, 42, 10, 5, 0.5, 1e-6, "none", true),
        d.withReverseComplement(true));
  }
}
