package org.motifworkbench.app.train;

import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.motifworkbench.app.session.DataIdentity;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.DataSplit;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingData;
import org.motifworkbench.training.TrainingResult;
import org.motifworkbench.workflow.TrainingWorkflow;

/**
 * One training run of the Train screen, on the engine thread: the workflow's request from the open
 * data and the settings, and what a run leaves behind.
 *
 * <p>A cancelled run keeps its model when at least one epoch finished: the trainer has restored
 * the weights of the best epoch so far, which is a usable model, so its test sequences are scored
 * as after a normal run. A run cancelled before its first epoch ended is discarded.
 */
final class TrainingJob {

  /** Batch size for scoring the test sequences of a cancelled run (as the workflow does). */
  private static final int PREDICT_BATCH = 256;

  /**
   * What a run left.
   *
   * @param model the trained model (best epoch's weights), or null when nothing was kept
   * @param training the history and why training stopped
   * @param ceiling the best possible accuracy on the data, or NaN
   */
  record Finished(TrainedModel model, TrainingResult training, double ceiling) {
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
    return new TrainingWorkflow.Request(data.sequences(), data.source(), policy, seeded,
        settings.networkFor(data.sequences()).spec(), settings.training(),
        TrainingWorkflow.knownCeiling(data.source()), device);
  }

  /**
   * Refuses data the run could not learn or be judged on: one class only, fewer than 2 training
   * sequences (batch norm needs two), or a validation or test part left empty though its share is
   * above 0 (the splitter gives each class a member in every part only from 3 members on).
   */
  private static void checkSize(SequenceSet data, SplitPlan plan) {
    List<String> present = data.classCounts().entrySet().stream()
        .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    if (present.size() < 2) {
      throw new IllegalArgumentException("training needs sequences of at least two classes; this"
          + " data has only " + present + ". Open data with two or more classes.");
    }
    DataSplit split = plan.split(data);
    boolean validationMissing = plan.validationFraction() > 0 && split.validation().length == 0;
    boolean testMissing = plan.testFraction() > 0 && split.test().length == 0;
    if (split.train().length < 2 || validationMissing || testMissing) {
      throw new IllegalArgumentException("the data has too few sequences for the split: "
          + split.train().length + " for training, " + split.validation().length
          + " for validation and " + split.test().length + " for testing. Each class needs at"
          + " least 3 sequences (better: hundreds). Open more data, or set the validation and"
          + " test shares to 0 on the Model screen.");
    }
  }

  /**
   * Trains on {@code data} (the request's sequences); slow (seconds to hours): call on the engine
   * thread.
   */
  static Finished run(TrainingWorkflow.Request request, DataIdentity data,
      TrainingWorkflow.ListenerFactory listeners, CancellationToken cancel) {
    TrainingWorkflow.Outcome outcome = TrainingWorkflow.run(request, listeners, cancel);
    TrainingResult training = outcome.training();
    if (training.stopReason() != TrainingResult.StopReason.CANCELLED) {
      return new Finished(TrainedModel.trained(outcome.bundle(), outcome.testSet(),
          outcome.test(), data), training, request.ceiling());
    }
    if (training.bestEpoch() == 0) {
      outcome.bundle().close();
      return new Finished(null, training, request.ceiling());
    }
    try {
      ClassificationMetrics test = scoreTestSet(outcome.bundle(), outcome.testSet(), request);
      BundleManifest m = outcome.bundle().manifest();
      BundleManifest withTest = new BundleManifest(m.format(), m.formatVersion(), m.createdAt(),
          m.versions(), m.network(), m.training(), m.lengthPolicy(), m.classNames(), m.data(),
          m.split(), m.testIds(), m.history(), m.bestEpoch(), m.stopReason(),
          test == null ? null : JsonParser.parseString(test.toJson()), m.ceiling());
      ModelBundle bundle = new ModelBundle(withTest, outcome.bundle().classifier());
      return new Finished(TrainedModel.trained(bundle, outcome.testSet(), test, data), training,
          request.ceiling());
    } catch (RuntimeException e) {
      outcome.bundle().close();
      throw e;
    }
  }

  private static ClassificationMetrics scoreTestSet(ModelBundle bundle, SequenceSet testSet,
      TrainingWorkflow.Request request) {
    if (testSet.size() == 0) {
      return null;
    }
    TrainingData test = TrainingWorkflow.fit(testSet, request.lengthPolicy());
    float[][] probabilities = bundle.classifier().predict(test.sequences(), PREDICT_BATCH);
    return Evaluator.evaluate(test.labels(), probabilities, request.data().classNames());
  }
}
