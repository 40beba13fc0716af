package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.data.SplitMode;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.training.TrainingSpec;

class SettingsOverridesTest {

  @Test
  void nothingOfAnEarlierLessonLeaksIntoTheNext() {
    SettingsOverrides lessonTwo =
        new SettingsOverrides(NetworkPreset.TEACHING, 10, null, 0.01, null, null);
    SettingsOverrides lessonThree =
        new SettingsOverrides(NetworkPreset.TEACHING, 10, null, null, null, null);

    ModelSettings afterTwo = lessonTwo.applyTo(ModelSettings.defaults());
    assertEquals(0.01, afterTwo.training().learningRate());
    ModelSettings afterThree = lessonThree.applyTo(afterTwo);

    assertEquals(
        TrainingSpec.defaults().learningRate(),
        afterThree.training().learningRate(),
        "lesson 2's learning rate is not kept");
    assertEquals(ModelSettings.of(NetworkPreset.TEACHING).network(), afterThree.network());
    assertEquals(10, afterThree.training().epochs());
  }

  @Test
  void theStudentsEditsAreResetToThePresetsDefaultsThenTheLessonsFieldsApplied() {
    ModelSettings student =
        new ModelSettings(
            NetworkPreset.TUTORIAL,
            NetworkPreset.TUTORIAL.spec().withAttention(false),
            TrainingSpec.builder()
                .optBatchSize(16)
                .optSeed(3)
                .optClassWeights("balanced")
                .optReverseComplement(true)
                .build(),
            LengthPolicy.Mode.LEFT,
            150,
            new SplitPlan(SplitMode.STRATIFIED, 0.5, 0.25, 0.25, 3, null, null));
    SettingsOverrides lesson =
        new SettingsOverrides(NetworkPreset.TEACHING, 12, 32, 0.002, 11, true, "balanced");

    ModelSettings applied = lesson.applyTo(student);

    assertEquals(NetworkPreset.TEACHING, applied.preset());
    assertEquals(NetworkPreset.TEACHING.spec().withAttention(true), applied.network());
    TrainingSpec expected =
        TrainingSpec.builder()
            .optEpochs(12)
            .optBatchSize(32)
            .optLearningRate(0.002)
            .optSeed(11)
            .optClassWeights("balanced")
            .optReverseComplement(true)
            .build();
    assertEquals(expected, applied.training(), "the strands follow the open data, not a lesson");
    assertEquals(0, applied.length(), "input length from the data again");
    assertEquals(LengthPolicy.Mode.CENTER, applied.lengthMode());
    assertEquals(SplitPlan.stratified(11), applied.split());
  }

  @Test
  void aLessonWithoutSettingsStartsFromTheDefaultNetwork() {
    ModelSettings student =
        new SettingsOverrides(NetworkPreset.DEEPBIND, 3, null, 0.1, null, false, "balanced")
            .applyTo(ModelSettings.defaults());
    assertFalse(student.network().attention());

    ModelSettings applied = SettingsOverrides.none().applyTo(student);

    assertEquals(ModelSettings.defaults().network(), applied.network());
    assertEquals(ModelSettings.defaults().training(), applied.training());
    assertEquals("none", applied.training().classWeights());
    assertTrue(applied.network().attention());
  }
}
