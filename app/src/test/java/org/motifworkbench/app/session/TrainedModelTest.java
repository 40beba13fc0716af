package org.motifworkbench.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.TrainingWorkflow;

/** Who trained a model and who computes it now, as the status bar and Evaluate header say it. */
class TrainedModelTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa").toAbsolutePath();

  private static ModelBundle trained;

  @BeforeAll
  static void trainOneEpoch() {
    DataSource source = DataSource.headerLabel(SAMPLE, null);
    SequenceSet data = source.load();
    TrainingSpec spec = TrainingSpec.defaults().withEpochs(1);
    trained =
        TrainingWorkflow.run(
                new TrainingWorkflow.Request(
                    data,
                    source,
                    LengthPolicy.fitting(data),
                    SplitPlan.stratified(spec.seed()),
                    NetworkPreset.TEACHING.spec(),
                    spec,
                    Double.NaN),
                TrainingListener.NONE,
                new CancellationToken())
            .bundle();
  }

  @AfterAll
  static void release() {
    trained.close();
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
