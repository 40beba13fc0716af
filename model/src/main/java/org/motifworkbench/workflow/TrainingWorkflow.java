package org.motifworkbench.workflow;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.AccuracyCeiling;
import org.motifworkbench.data.DataSplit;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.data.SplitSets;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.Bootstrap;
import org.motifworkbench.evaluation.BootstrapIntervals;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.evaluation.MetricsSummary;
import org.motifworkbench.evaluation.ResultWarnings;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.EngineStatus;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.ModelTrainer;
import org.motifworkbench.training.TrainingData;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingResult;
import org.motifworkbench.training.TrainingSpec;

/**
 * Labelled data in, trained model bundle out: split, fit lengths, train with live events, evaluate
 * the held-out test split, and describe it all in the bundle's manifest.
 */
public final class TrainingWorkflow {

  /** Batch size used when scoring validation and test sequences. */
  static final int PREDICT_BATCH = 256;

  /**
   * What to train.
   *
   * @param data the labelled sequences
   * @param source how they were read (kept so the test split can be scored again later; may be
   *     null)
   * @param ceiling Bayes-optimal accuracy when known (synthetic data), else NaN
   * @param device where to train: "cpu", "gpu(0)", ... or null for the engine's default
   * @param backend who computes, or null to choose from the device ({@link Backend#choose})
   */
  public record Request(
      SequenceSet data,
      DataSource source,
      LengthPolicy lengthPolicy,
      SplitPlan split,
      NetworkSpec network,
      TrainingSpec training,
      double ceiling,
      String device,
      Backend backend) {

    /** Refuses a network whose kernels are wider than the input: they would read only padding. */
    public Request {
      List<String> problems = network.problemsForInputLength(lengthPolicy.length());
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join(" ", problems));
      }
    }

    /** A request whose back end is chosen from the device. */
    public Request(
        SequenceSet data,
        DataSource source,
        LengthPolicy lengthPolicy,
        SplitPlan split,
        NetworkSpec network,
        TrainingSpec training,
        double ceiling,
        String device) {
      this(data, source, lengthPolicy, split, network, training, ceiling, device, null);
    }

    /** This request computed by {@code backend} (null: chosen from the device). */
    public Request withBackend(Backend backend) {
      return new Request(
          data, source, lengthPolicy, split, network, training, ceiling, device, backend);
    }

    /** A request for the engine's default device. */
    public Request(
        SequenceSet data,
        DataSource source,
        LengthPolicy lengthPolicy,
        SplitPlan split,
        NetworkSpec network,
        TrainingSpec training,
        double ceiling) {
      this(data, source, lengthPolicy, split, network, training, ceiling, null);
    }
  }

  /**
   * What a run left: the trained bundle (the caller closes it), the training history, the held-out
   * test sequences and their metrics (null when there was no test split or no model was kept).
   *
   * <p>A cancelled run keeps its model when at least one epoch finished: the trainer has restored
   * the weights of the best epoch so far, which is a usable model, so its test sequences are scored
   * and its manifest written as after a normal run. A run cancelled before its first epoch ended
   * keeps nothing: {@code bundle} is null.
   *
   * @param testIntervals bootstrap intervals of the test accuracy and ROC AUC, null when there are
   *     no test metrics
   */
  public record Outcome(
      ModelBundle bundle,
      TrainingResult training,
      SequenceSet testSet,
      ClassificationMetrics test,
      BootstrapIntervals testIntervals) {

    /** Whether the run left a model (false only for a run cancelled before its first epoch). */
    public boolean kept() {
      return bundle != null;
    }

    public boolean cancelled() {
      return training.stopReason() == TrainingResult.StopReason.CANCELLED;
    }

    /**
     * Plain-language warnings when the model ended at the guessing rate, judged on the test metrics
     * or else on every validation epoch; empty without test metrics.
     */
    public List<String> warnings() {
      if (test == null) {
        return List.of();
      }
      MetricsSummary summary = test.summary();
      List<String> warnings = new ArrayList<>(ResultWarnings.of(summary));
      if (warnings.isEmpty()) {
        List<EpochResult> history = training.history();
        // validation taken to have the test split's class shares (equal for a stratified split)
        warnings.addAll(
            ResultWarnings.ofHistory(
                history.stream().mapToDouble(EpochResult::validationAccuracy).toArray(),
                history.stream().mapToDouble(EpochResult::accuracy).toArray(),
                ResultWarnings.guessingRate(summary),
                training.validationSize()));
      }
      return List.copyOf(warnings);
    }
  }

  private TrainingWorkflow() {}

  /**
   * Makes the listener of a run once its network exists, e.g. one that looks at the network's
   * filters at every epoch end (on the training thread, between epochs).
   */
  @FunctionalInterface
  public interface ListenerFactory {
    /**
     * The listener for one run, made once the network and its training data exist.
     *
     * @param classifier the network being trained (use it only from the listener's callbacks)
     * @param train the training sequences, fitted to the input length
     */
    TrainingListener create(SequenceClassifier classifier, TrainingData train);
  }

  /**
   * Splits, trains, scores the test split (also after a cancel, when a model is kept) and describes
   * the run in the bundle's manifest. Slow (seconds to hours): call off the UI thread.
   *
   * @param listener sees every batch and epoch, on the training thread
   * @param cancel stops training after the current batch
   */
  public static Outcome run(Request request, TrainingListener listener, CancellationToken cancel) {
    return run(request, (classifier, train) -> listener, cancel);
  }

  /**
   * As {@link #run(Request, TrainingListener, CancellationToken)}; the listener sees the network.
   */
  public static Outcome run(Request request, ListenerFactory listeners, CancellationToken cancel) {
    DataSplit split = request.split().split(request.data());
    SplitSets sets = split.apply(request.data());
    LengthPolicy policy = request.lengthPolicy();
    SequenceClassifier classifier =
        SequenceClassifier.create(
            request.network(),
            request.data().classNames(),
            policy.length(),
            request.training().seed(),
            request.device(),
            request.backend() == null ? Backend.requested() : Optional.of(request.backend()));
    try {
      TrainingData train = fit(sets.train(), policy);
      TrainingListener listener = listeners.create(classifier, train);
      TrainingResult result =
          new ModelTrainer(classifier, request.training(), listener, cancel)
              .train(train, fit(sets.validation(), policy));
      if (result.stopReason() == TrainingResult.StopReason.CANCELLED && result.bestEpoch() == 0) {
        classifier.close();
        return new Outcome(null, result, sets.test(), null, null);
      }
      Scores scores = score(classifier, sets.test(), request);
      ClassificationMetrics test = scores == null ? null : scores.metrics();
      BundleManifest manifest = manifest(request, sets.test(), result, test);
      return new Outcome(
          new ModelBundle(manifest, classifier),
          result,
          sets.test(),
          test,
          scores == null ? null : scores.intervals());
    } catch (RuntimeException e) {
      classifier.close();
      throw e;
    }
  }

  /** The test split's metrics and their bootstrap intervals. */
  private record Scores(ClassificationMetrics metrics, BootstrapIntervals intervals) {}

  /** The metrics of the held-out test sequences, or null when there are none. */
  private static Scores score(SequenceClassifier classifier, SequenceSet testSet, Request request) {
    if (testSet.size() == 0) {
      return null;
    }
    TrainingData test = fit(testSet, request.lengthPolicy());
    float[][] probabilities = classifier.predict(test.sequences(), PREDICT_BATCH);
    ClassificationMetrics metrics =
        Evaluator.evaluate(test.labels(), probabilities, request.data().classNames());
    // seeded by the run's seed: the same run gives the same interval
    BootstrapIntervals intervals =
        Bootstrap.intervals(
            test.labels(),
            probabilities,
            request.data().classNames().size(),
            request.training().seed());
    return new Scores(metrics, intervals);
  }

  /**
   * The Bayes-optimal accuracy stored beside a synthetic FASTA ({@code <name>.ceiling.json}), or
   * NaN when the data is not synthetic or the file is unreadable.
   */
  public static double knownCeiling(DataSource source) {
    if (source == null || source.files().size() != 1) {
      return Double.NaN;
    }
    return AccuracyCeiling.readBeside(Path.of(source.files().get(0)), new ArrayList<>())
        .orElse(Double.NaN);
  }

  /** Sequences fitted to the policy's length, with class indices. */
  public static TrainingData fit(SequenceSet set, LengthPolicy policy) {
    List<String> sequences = new ArrayList<>(set.size());
    for (SequenceRecord r : set.records()) {
      sequences.add(policy.apply(r));
    }
    return new TrainingData(sequences, set.labelIndices());
  }

  private static BundleManifest manifest(
      Request request, SequenceSet test, TrainingResult result, ClassificationMetrics metrics) {
    EngineStatus engine = DjlRuntime.start();
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("workbench", Versions.workbench());
    versions.put("djl", engine.djlVersion());
    versions.put("engine", engine.engine() + " " + engine.version());
    versions.put("backend", result.backend().id());
    List<String> testIds = test.records().stream().map(SequenceRecord::id).toList();
    return BundleManifest.builder()
        .optCreatedAt(Instant.now().toString())
        .setVersions(versions)
        .setNetwork(request.network())
        .setTraining(request.training())
        .setLengthPolicy(request.lengthPolicy())
        .setClassNames(request.data().classNames())
        .optData(request.source())
        .optSplit(request.split())
        .optTestIds(testIds)
        .optHistory(result.history())
        .optBestEpoch(result.bestEpoch())
        .optStopReason(result.stopReason().name())
        .optTestMetrics(metrics == null ? null : JsonParser.parseString(metrics.toJson()))
        .optCeiling(request.ceiling())
        .build();
  }
}
