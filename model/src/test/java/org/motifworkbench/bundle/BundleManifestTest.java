package org.motifworkbench.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.training.TrainingSpec;

/** The manifest's builder: its defaults, its required fields, and a JSON form it leaves alone. */
class BundleManifestTest {

  private static final LengthPolicy LENGTH = new LengthPolicy(LengthPolicy.Mode.FIXED, 40);

  private static BundleManifest.Builder required() {
    return BundleManifest.builder()
        .setVersions(Map.of("workbench", "test"))
        .setNetwork(NetworkPreset.TEACHING.spec())
        .setTraining(TrainingSpec.defaults())
        .setLengthPolicy(LENGTH)
        .setClassNames(List.of("a", "b"));
  }

  @Test
  void theDefaultsAreThoseOfARunWithoutTestSplitOrHistory() {
    BundleManifest built = required().optCreatedAt("2026-01-01T00:00:00Z").build();
    assertEquals(
        new BundleManifest(
            BundleManifest.FORMAT,
            BundleManifest.CURRENT_VERSION,
            "2026-01-01T00:00:00Z",
            Map.of("workbench", "test"),
            NetworkPreset.TEACHING.spec(),
            TrainingSpec.defaults(),
            LENGTH,
            List.of("a", "b"),
            null,
            null,
            List.of(),
            List.of(),
            0,
            "COMPLETED",
            null,
            Double.NaN),
        built);
  }

  @Test
  void theTimeOfSavingDefaultsToNow() {
    Instant before = Instant.now();
    Instant created = Instant.parse(required().build().createdAt());
    assertTrue(!created.isBefore(before) && !created.isAfter(Instant.now()), created.toString());
  }

  @Test
  void toBuilderChangesOnlyTheFieldsNamed() {
    BundleManifest m =
        required()
            .optCreatedAt("2026-01-01T00:00:00Z")
            .optSplit(SplitPlan.stratified(3))
            .optTestIds(List.of("x"))
            .optBestEpoch(4)
            .optStopReason("EARLY_STOPPED")
            .optCeiling(0.9)
            .build();
    assertEquals(m, m.toBuilder().build());
    BundleManifest scored =
        m.toBuilder().optTestMetrics(JsonParser.parseString("{\"n\":1}")).build();
    assertEquals(
        new BundleManifest(
            m.format(),
            m.formatVersion(),
            m.createdAt(),
            m.versions(),
            m.network(),
            m.training(),
            m.lengthPolicy(),
            m.classNames(),
            m.data(),
            m.split(),
            m.testIds(),
            m.history(),
            m.bestEpoch(),
            m.stopReason(),
            JsonParser.parseString("{\"n\":1}"),
            m.ceiling()),
        scored);
  }

  @Test
  void aManifestNeedsItsModelDescription() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> BundleManifest.builder().setVersions(Map.of()).build());
    assertEquals(
        "a bundle manifest needs versions, network, training, length policy and class" + " names",
        e.getMessage());
  }

  @Test
  void theJsonHoldsTheRecordsFieldsOnly() {
    JsonObject json =
        JsonParser.parseString(
                ModelBundle.GSON.toJson(
                    required().optCreatedAt("2026-01-01T00:00:00Z").optCeiling(0.5).build()))
            .getAsJsonObject();
    List<String> components =
        Arrays.stream(BundleManifest.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(json::has)
            .toList();
    assertEquals(List.copyOf(json.keySet()), components);
    assertTrue(
        json.keySet()
            .containsAll(
                List.of(
                    "format",
                    "formatVersion",
                    "createdAt",
                    "versions",
                    "network",
                    "training",
                    "lengthPolicy",
                    "classNames",
                    "testIds",
                    "history",
                    "bestEpoch",
                    "stopReason",
                    "ceiling")),
        json.keySet().toString());
  }
}
