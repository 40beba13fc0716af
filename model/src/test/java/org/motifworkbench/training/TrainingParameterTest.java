package org.motifworkbench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue's texts and checks, and the spec's validation that reads them. */
class TrainingParameterTest {

  @Test
  void everyComponentOfTheSpecHasOneParameterButTheVersion() {
    List<String> components =
        Arrays.stream(TrainingSpec.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(n -> !n.equals("version"))
            .toList();
    assertEquals(
        components,
        Arrays.stream(TrainingParameter.values()).map(TrainingParameter::setting).toList());
  }

  @Test
  void rangesReadAsPlainWords() {
    assertEquals("between 1 and 10000", TrainingParameter.EPOCHS.range().describe());
    assertEquals("above 0 and at most 1", TrainingParameter.LEARNING_RATE.range().describe());
    assertEquals("above 0 and below 1", TrainingParameter.PLATEAU_FACTOR.range().describe());
    assertEquals("at least 0", TrainingParameter.PLATEAU_PATIENCE.range().describe());
    assertEquals("any whole number", TrainingParameter.SEED.range().describe());
    assertEquals("'none' or 'balanced'", TrainingParameter.CLASS_WEIGHTS.range().describe());
    assertEquals("on or off", TrainingParameter.REVERSE_COMPLEMENT.range().describe());
  }

  @Test
  void theDescriptionAddsTheAllowedValuesAndTheDefault() {
    assertEquals(
        "The learning rate is never lowered below this; it cannot be above the learning"
            + " rate. Between 0 and 1; default 0.000001.",
        TrainingParameter.MIN_LEARNING_RATE.description());
    assertEquals("0.001", TrainingParameter.LEARNING_RATE.defaultText());
    assertEquals("none", TrainingParameter.CLASS_WEIGHTS.defaultText());
  }

  @Test
  void aProblemNamesTheSettingAsTheReaderKnowsIt() {
    assertEquals(
        "--batch-size must be between 2 and 8192 (got 1); batch norm needs at least 2"
            + " sequences per batch.",
        TrainingParameter.BATCH_SIZE.problem("--batch-size", 1));
    assertEquals(
        "Learning rate must be above 0 and at most 1 (got NaN).",
        TrainingParameter.LEARNING_RATE.problem("Learning rate", Double.NaN));
    assertEquals(
        "Class weights must be 'none' or 'balanced' (got 'heavy').",
        TrainingParameter.CLASS_WEIGHTS.problem("Class weights", "heavy"));
    assertNull(TrainingParameter.EPOCHS.problem("Epochs", 10_000));
    assertNull(TrainingParameter.SEED.problem("Random seed", Integer.MIN_VALUE));
  }

  @Test
  void theSpecIsCheckedAgainstTheCatalogue() {
    TrainingSpec bad =
        TrainingSpec.builder()
            .optEpochs(0)
            .optEarlyStoppingPatience(-1)
            .optPlateauFactor(1)
            .optClassWeights("heavy")
            .build();
    assertEquals(
        Map.of(
            "epochs", List.of("Epochs must be between 1 and 10000 (got 0)."),
            "earlyStoppingPatience",
                List.of("Early-stopping patience must be at least 0 (got -1)."),
            "plateauFactor", List.of("Plateau factor must be above 0 and below 1 (got 1.0)."),
            "classWeights", List.of("Class weights must be 'none' or 'balanced' (got 'heavy').")),
        bad.problemsBySetting());
    String above = "Minimum learning rate must be at most the learning rate (got 0.1 and 0.01).";
    assertEquals(
        Map.of("minLearningRate", List.of(above), "learningRate", List.of(above)),
        TrainingSpec.builder()
            .optLearningRate(0.01)
            .optMinLearningRate(0.1)
            .build()
            .problemsBySetting());
    assertEquals(Map.of(), TrainingSpec.defaults().problemsBySetting());
  }
}
