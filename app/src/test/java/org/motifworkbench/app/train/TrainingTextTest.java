package org.motifworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.network.Backend;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingResult;
import org.motifworkbench.training.TrainingResult.StopReason;

/** The Train screen's result line says how a run ended and who computed it. */
class TrainingTextTest {

  /** A model without test results: the line then ends after the kept epoch. */
  private static final TrainedModel KEPT =
      new TrainedModel(null, null, null, null, null, null, true);

  private static TrainingResult run(int epochs, int best, StopReason stop, Backend backend) {
    List<EpochResult> history =
        IntStream.rangeClosed(1, epochs)
            .mapToObj(
                e -> new EpochResult(e, 0.5, 0.8, 0.6, 0.75, 1e-3, 1000L * e, 0, e == best, false))
            .toList();
    return new TrainingResult(history, best, stop, 1800, 100, backend);
  }

  @Test
  void aFinishedRunNamesTheJavaKernelsAndTheTime() {
    TrainingResult t = run(5, 5, StopReason.COMPLETED, Backend.JAVA_KERNELS);
    assertEquals(
        "Finished all 5 epochs: trained by the Java kernels in 2 s. The model keeps the weights"
            + " of epoch 5 (validation accuracy 0.750).",
        TrainingText.result(new TrainingJob.Finished(KEPT, t, Double.NaN)));
  }

  @Test
  void anEarlyStoppedRunNamesTheEngine() {
    TrainingResult t = run(7, 4, StopReason.EARLY_STOPPED, Backend.ENGINE);
    assertEquals(
        "Stopped early after epoch 7: the validation loss had not improved since epoch 4"
            + " (trained by the PyTorch engine in 2 s). The model keeps the weights of epoch 4"
            + " (validation accuracy 0.750).",
        TrainingText.result(new TrainingJob.Finished(KEPT, t, Double.NaN)));
  }

  @Test
  void aCancelledRunThatKeptAModelNamesItsBackend() {
    TrainingResult t = run(1, 1, StopReason.CANCELLED, Backend.JAVA_KERNELS);
    assertEquals(
        "Stopped at your request after 1 epoch (trained by the Java kernels in 2 s). The model"
            + " keeps the weights of epoch 1 (validation accuracy 0.750).",
        TrainingText.result(new TrainingJob.Finished(KEPT, t, Double.NaN)));
  }

  @Test
  void aCancelledRunWithoutAModelSaysNothingOfWhoComputed() {
    TrainingResult t = run(0, 0, StopReason.CANCELLED, Backend.JAVA_KERNELS);
    assertEquals(
        "Stopped at your request before the first epoch ended: no model was kept, so the model"
            + " from before (if any) is unchanged.",
        TrainingText.result(new TrainingJob.Finished(null, t, Double.NaN)));
  }

  @Test
  void aResultWithoutABackendLeavesItOut() {
    TrainingResult t = run(2, 2, StopReason.COMPLETED, null);
    assertEquals(
        "Finished all 2 epochs: trained in 2 s. The model keeps the weights of epoch 2"
            + " (validation accuracy 0.750).",
        TrainingText.result(new TrainingJob.Finished(KEPT, t, Double.NaN)));
  }
}
