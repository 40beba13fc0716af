package org.motifworkbench.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.OneEpochModel;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.network.Backend;

/** Who trained a model and who computes it now, as the status bar and Evaluate header say it. */
class TrainedModelTest {

  private static ModelBundle trained;

  @BeforeAll
  static void shareTheOneEpochModel() {
    trained = OneEpochModel.get();
  }

  /** The trained model with its file's "backend" entry set to {@code backend} (null: none). */
  private static TrainedModel recording(String backend) {
    Map<String, String> versions = new LinkedHashMap<>(trained.manifest().versions());
    versions.remove("backend");
    if (backend != null) {
      versions.put("backend", backend);
    }
    BundleManifest manifest = trained.manifest().toBuilder().setVersions(versions).build();
    return TrainedModel.trained(new ModelBundle(manifest, trained.classifier()), null, null);
  }

  @Test
  void aJustTrainedModelSaysWhoTrainedItOnce() {
    TrainedModel model = TrainedModel.trained(trained, null, null);
    Backend computing = trained.classifier().backend();
    assertEquals(computing.id(), trained.manifest().versions().get("backend"));
    assertEquals(Optional.of(computing), model.trainedBy());
    assertEquals(computing, model.computedBy());
    assertEquals("trained by the " + computing.label(), model.backendNote());
  }

  @Test
  void aModelTrainedElsewhereSaysWhoComputesItHere() {
    Backend computing = trained.classifier().backend();
    Backend other = computing == Backend.ENGINE ? Backend.JAVA_KERNELS : Backend.ENGINE;
    TrainedModel model = recording(other.id());
    assertEquals(Optional.of(other), model.trainedBy());
    assertEquals(
        "trained by the " + other.label() + ", computed here by the " + computing.label(),
        model.backendNote());
  }

  @Test
  void anOlderFileWithoutTheEntrySaysNothing() {
    TrainedModel model = recording(null);
    assertEquals(Optional.empty(), model.trainedBy());
    assertEquals("", model.backendNote());
  }

  @Test
  void anUnknownEntrySaysNothingEither() {
    assertEquals("", recording("tpu").backendNote());
  }
}
