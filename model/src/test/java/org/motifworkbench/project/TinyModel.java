package org.motifworkbench.project;

import java.util.List;
import java.util.Map;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.training.TrainingSpec;

/** An untrained teaching-size model, enough to save and load in a run folder. */
final class TinyModel {

  private TinyModel() {}

  static ModelBundle bundle() {
    List<String> classes = List.of("neg", "pos");
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2026-12-04T00:00:00Z")
            .setVersions(Map.of("workbench", "test"))
            .setNetwork(NetworkPreset.TEACHING.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.CENTER, 30))
            .setClassNames(classes)
            .optSplit(SplitPlan.stratified(1))
            .optTestIds(List.of("a"))
            .build();
    return new ModelBundle(
        manifest, SequenceClassifier.create(NetworkPreset.TEACHING.spec(), classes, 30, 1));
  }
}
