package org.motifworkbench.app.motifs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.motifworkbench.app.session.TrainedModel;
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
 * A small model trained on the primer sample (planted motif CGACCGAACTCC), trained once per test
 * run and shared by the motif tests: training takes seconds, and the tests only read the model.
 * Never closed: the test JVM's exit releases it.
 */
final class PrimerModel {

  static final Path SAMPLES = Path.of("..", "samples");
  static final String PLANTED = "CGACCGAACTCC";

  private static TrainedModel model;

  private PrimerModel() {}

  static synchronized TrainedModel get() {
    if (model == null) {
      SequenceSet data = DataSource.headerLabel(SAMPLES.resolve("primer-motif.fa"), null).load();
      TrainingWorkflow.Request request =
          new TrainingWorkflow.Request(
              data,
              null,
              LengthPolicy.fitting(data),
              SplitPlan.stratified(7),
              NetworkPreset.TEACHING.spec(),
              TrainingSpec.defaults().withEpochs(3),
              Double.NaN);
      TrainingWorkflow.Outcome outcome =
          TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none());
      assertTrue(
          outcome.test().accuracy() > 0.9,
          "the model must learn the motif first: " + outcome.test().accuracy());
      model = TrainedModel.trained(outcome.bundle(), outcome.testSet(), outcome.test());
    }
    return model;
  }
}
