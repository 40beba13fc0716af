package org.motifworkbench.app.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.motifworkbench.app.session.DataIdentity;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.data.DataSplit;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingResult;
import org.motifworkbench.workflow.TrainingWorkflow;

/**
 * One training run of the Train screen, on the engine thread: the workflow's request from the open
 * data and the settings, and what a run leaves behind.
 *
 * <p>A cancelled run keeps its model when at least one epoch finished ({@link
 * TrainingWorkflow.Outcome}); a run cancelled before its first epoch ended is discarded.
 */
final class TrainingJob {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrainingJob.class);

  /**
   * What a run left.
   *
   * @param model the trained model (best epoch's weights), or null when nothing was kept
   * @param training the history and why training stopped
   * @param ceiling the best possible accuracy on the data, or NaN
   * @param keepProblem why the run could not be kept in the project, or null
   */
  record Finished(TrainedModel model, TrainingResult training, double ceiling, String keepProblem) {

    Finished(TrainedModel model, TrainingResult training, double ceiling) {
      this(model, training, ceiling, null);
    }

    boolean kept() {
      return model != null;
    }

    boolean cancelled() {
      return training.stopReason() == TrainingResult.StopReason.CANCELLED;
    }
  }

  private TrainingJob() {}

  /**
   * The workflow request for {@code data} with {@code settings}; the split follows the training
   * seed. Throws IllegalArgumentException (plain message) when the data cannot be fitted or is too
   * small to train on with this split.
   */
  static TrainingWorkflow.Request request(OpenedData data, ModelSettings settings, String device) {
    SplitPlan seeded = settings.seededSplit();
    checkSize(data.sequences(), seeded);
    LengthPolicy policy = settings.lengthPolicy(data.sequences());
    return new TrainingWorkflow.Request(
        data.sequences(),
        data.source(),
        policy,
        seeded,
        settings.networkFor(data.sequences()).spec(),
        settings.training(),
        TrainingWorkflow.knownCeiling(data.source()),
        device);
  }

  /**
   * Refuses data the run could not learn or be judged on: one class only, fewer than 2 training
   * sequences (batch norm needs two), or a validation or test part left empty though its share is
   * above 0 (the splitter gives each class a member in every part only from 3 members on).
   */
  private static void checkSize(SequenceSet data, SplitPlan plan) {
    List<String> present =
        data.classCounts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(Map.Entry::getKey)
            .toList();
    if (present.size() < 2) {
      throw new IllegalArgumentException(
          "training needs sequences of at least two classes; this"
              + " data has only "
              + present
              + ". Open data with two or more classes.");
    }
    DataSplit split = plan.split(data);
    boolean validationMissing = plan.validationFraction() > 0 && split.validation().length == 0;
    boolean testMissing = plan.testFraction() > 0 && split.test().length == 0;
    if (split.train().length < 2 || validationMissing || testMissing) {
      throw new IllegalArgumentException(
          "the data has too few sequences for the split: "
              + split.train().length
              + " for training, "
              + split.validation().length
              + " for validation and "
              + split.test().length
              + " for testing. Each class needs at"
              + " least 3 sequences (better: hundreds). Open more data, or set the validation and"
              + " test shares to 0 on the Model screen.");
    }
  }

  /**
   * Trains on {@code data} (the request's sequences); slow (seconds to hours): call on the engine
   * thread. The workflow scores a cancelled run and keeps its model when an epoch finished.
   */
  static Finished run(
      TrainingWorkflow.Request request,
      DataIdentity data,
      TrainingWorkflow.ListenerFactory listeners,
      CancellationToken cancel) {
    return run(request, data, listeners, cancel, RunKeeper.NONE);
  }

  /** Trains as above, then hands a run that kept a model to {@code keeper} (the project). */
  static Finished run(
      TrainingWorkflow.Request request,
      DataIdentity data,
      TrainingWorkflow.ListenerFactory listeners,
      CancellationToken cancel,
      RunKeeper keeper) {
    long start = System.nanoTime();
    TrainingWorkflow.Outcome outcome = TrainingWorkflow.run(request, listeners, cancel);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!outcome.kept()) {
      return new Finished(null, outcome.training(), request.ceiling());
    }
    TrainedModel model =
        TrainedModel.trained(outcome.bundle(), outcome.testSet(), outcome.test(), data);
    String problem = null;
    try {
      Path file = keeper.keep(request, outcome, seconds);
      if (file != null) {
        model = model.savedAs(file);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not keep the run in the project", e);
      problem = e.getMessage();
    }
    return new Finished(model, outcome.training(), request.ceiling(), problem);
  }
}
