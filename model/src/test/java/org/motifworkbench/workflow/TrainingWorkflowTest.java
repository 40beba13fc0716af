package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingData;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingResult;
import org.motifworkbench.training.TrainingSpec;

/**
 * What a training request accepts, checked before any work, and what a run leaves when it is
 * cancelled (the app and the CLI share both).
 */
class TrainingWorkflowTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");

  @Test
  void aRequestWithKernelsWiderThanTheInputIsRefused() {
    LengthPolicy fourteen = new LengthPolicy(LengthPolicy.Mode.CENTER, 14);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new TrainingWorkflow.Request(
                    null,
                    null,
                    fourteen,
                    SplitPlan.stratified(1),
                    NetworkPreset.TEACHING.spec(),
                    TrainingSpec.defaults(),
                    Double.NaN));
    assertEquals(
        "Kernel size 15 is longer than the input length of 14 bases: use kernel sizes"
            + " of at most 14, or a longer input length.",
        e.getMessage());

    LengthPolicy fifteen = new LengthPolicy(LengthPolicy.Mode.CENTER, 15);
    assertEquals(
        15,
        new TrainingWorkflow.Request(
                null,
                null,
                fifteen,
                SplitPlan.stratified(1),
                NetworkPreset.TEACHING.spec(),
                TrainingSpec.defaults(),
                Double.NaN)
            .lengthPolicy()
            .length());
  }

  private static TrainingWorkflow.Request sampleRequest(int epochs) {
    SequenceSet data = DataSource.headerLabel(SAMPLE, null).load();
    return new TrainingWorkflow.Request(
        data,
        null,
        LengthPolicy.fitting(data),
        SplitPlan.stratified(1),
        NetworkPreset.TEACHING.spec(),
        TrainingSpec.defaults().withEpochs(epochs).withBatchSize(64),
        Double.NaN);
  }

  @Test
  void aRunCancelledAfterItsFirstEpochKeepsTheModelAndScoresItsTestSplit() {
    TrainingWorkflow.Request request = sampleRequest(5);
    CancellationToken cancel = new CancellationToken();
    TrainingListener cancelAfterFirstEpoch =
        new TrainingListener() {
          @Override
          public void epochFinished(EpochResult result) {
            cancel.cancel();
          }
        };
    TrainingWorkflow.Outcome outcome = TrainingWorkflow.run(request, cancelAfterFirstEpoch, cancel);
    try (var bundle = outcome.bundle()) {
      assertTrue(outcome.cancelled());
      assertTrue(outcome.kept());
      assertEquals(1, outcome.training().bestEpoch());
      assertEquals(1, outcome.training().history().size());
      assertEquals(400, outcome.testSet().size()); // a fifth of the 2,000 sample sequences

      ClassificationMetrics test = outcome.test();
      assertNotNull(test, "a kept model of a cancelled run is scored on its test split");
      assertEquals(outcome.testSet().size(), test.summary().n());
      TrainingData testData = TrainingWorkflow.fit(outcome.testSet(), request.lengthPolicy());
      ClassificationMetrics again =
          Evaluator.evaluate(
              testData.labels(),
              bundle.classifier().predict(testData.sequences(), 256),
              request.data().classNames());
      assertEquals(again.toJson(), test.toJson(), "scored with the best epoch's weights");

      BundleManifest manifest = bundle.manifest();
      assertEquals("CANCELLED", manifest.stopReason());
      assertEquals(1, manifest.bestEpoch());
      assertEquals(JsonParser.parseString(test.toJson()), manifest.testMetrics());
      assertEquals(
          outcome.testSet().records().stream().map(SequenceRecord::id).toList(),
          manifest.testIds());
    }
  }

  @Test
  void aRunCancelledBeforeItsFirstEpochEndedKeepsNothing() {
    CancellationToken cancel = new CancellationToken();
    cancel.cancel();
    TrainingWorkflow.Outcome outcome =
        TrainingWorkflow.run(sampleRequest(5), TrainingListener.NONE, cancel);
    assertTrue(outcome.cancelled());
    assertFalse(outcome.kept());
    assertNull(outcome.bundle());
    assertNull(outcome.test());
    assertEquals(List.of(), outcome.training().history());
    assertEquals(TrainingResult.StopReason.CANCELLED, outcome.training().stopReason());
    assertEquals(List.of(), outcome.warnings());
  }

  /** The back end asked for computes the run, and the run's record and model file name it. */
  @Test
  void theRunAndItsModelFileNameTheBackEndThatComputedIt() {
    for (Backend backend : Backend.values()) {
      TrainingWorkflow.Outcome outcome =
          TrainingWorkflow.run(
              sampleRequest(1).withBackend(backend),
              TrainingListener.NONE,
              CancellationToken.none());
      try (var bundle = outcome.bundle()) {
        assertEquals(backend, outcome.training().backend());
        assertEquals(backend, bundle.classifier().backend());
        assertEquals(backend.id(), bundle.manifest().versions().get("backend"));
      }
    }
  }
}
