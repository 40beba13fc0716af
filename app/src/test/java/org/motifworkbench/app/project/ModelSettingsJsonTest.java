package org.motifworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.training.TrainingSpec;

class ModelSettingsJsonTest {

  @Test
  void everySettingRoundTrips() {
    ModelSettings teaching = ModelSettings.of(NetworkPreset.TEACHING);
    ModelSettings edited =
        new ModelSettings(
            NetworkPreset.TEACHING,
            teaching.network().toBuilder().setKernelSizes(List.of(5, 9)).setFilters(24).build(),
            TrainingSpec.builder().optEpochs(7).optLearningRate(0.003).optSeed(11).build(),
            LengthPolicy.Mode.LEFT,
            120,
            SplitPlan.chromosomes(11, List.of("chr2"), List.of("chr3"))
                .withFractions(0.7, 0.1, 0.2));

    ModelSettings read = ModelSettingsJson.read(ModelSettingsJson.write(edited));

    assertEquals(edited, read);
  }

  @Test
  void theDefaultsRoundTrip() {
    assertEquals(
        ModelSettings.defaults(),
        ModelSettingsJson.read(
            JsonParser.parseString(ModelSettingsJson.write(ModelSettings.defaults()).toString())
                .getAsJsonObject()));
  }

  @Test
  void missingKeysKeepThePresetsDefaults() {
    JsonObject json =
        JsonParser.parseString("{\"preset\": \"TEACHING\", \"training\": {\"epochs\": 3}}")
            .getAsJsonObject();

    ModelSettings read = ModelSettingsJson.read(json);

    ModelSettings teaching = ModelSettings.of(NetworkPreset.TEACHING);
    assertEquals(teaching.network(), read.network());
    assertEquals(3, read.training().epochs());
    assertEquals(teaching.training().learningRate(), read.training().learningRate());
    assertEquals(teaching.split(), read.split());
  }

  @Test
  void aValueOfTheWrongTypeNamesItsPart() {
    JsonObject json =
        JsonParser.parseString("{\"training\": {\"epochs\": \"many\"}}").getAsJsonObject();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ModelSettingsJson.read(json));

    assertEquals("the training settings could not be read", e.getMessage());
  }
}
