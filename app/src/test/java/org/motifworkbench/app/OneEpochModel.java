package org.motifworkbench.app;

import java.nio.file.Path;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.TrainingWorkflow;

/**
 * One epoch of the teaching network on the bundled sample, trained once for the view-model tests
 * that only need a real model (to save, to ask who computes it). Never closed: the test JVM's exit
 * releases it, so no test may let a workspace replace it.
 */
public final class OneEpochModel {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa").toAbsolutePath();

  private static ModelBundle bundle;

  private OneEpochModel() {}

  public static synchronized ModelBundle get() {
    if (bundle == null) {
      DataSource source = DataSource.headerLabel(SAMPLE, null);
      SequenceSet data = source.load();
      TrainingSpec spec = TrainingSpec.defaults().withEpochs(1);
      bundle =
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
    return bundle;
  }
}
