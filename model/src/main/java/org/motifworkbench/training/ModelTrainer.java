package org.motifworkbench.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.network.DropoutMask;
import org.motifworkbench.network.NetworkWeights;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.network.TrainingSteps;
import org.motifworkbench.progress.CancellationToken;

/**
 * Trains a {@link SequenceClassifier} with Adam on cross-entropy, reporting every batch and epoch
 * to a listener, with early stopping and learning-rate reduction on validation loss. The classifier
 * ends with the weights of the best validation epoch, also when cancelled. The classifier's back
 * end computes ({@link SequenceClassifier#backend}); with the engine, only one training or gradient
 * computation may run at a time in a JVM (a PyTorch engine limit).
 */
public final class ModelTrainer {

  private static final int EVAL_BATCH = 256;
  private static final double SMOOTHING = 0.9;

  /**
   * At most this many training sequences recalibrate batch norm after each epoch: a dense unit's
   * mean is then known to within 1/32 of its standard deviation, its variance to about 4%, at the
   * cost of two prediction passes over them (about 0.16 s for the default network on two cores, a
   * tenth of a 6,400-sequence epoch).
   */
  static final int CALIBRATION_SEQUENCES = 1024;

  private static final long CALIBRATION_SALT = 0x5eed_ca1bL;

  private final SequenceClassifier classifier;
  private final TrainingSpec spec;
  private final TrainingListener listener;
  private final CancellationToken cancel;

  public ModelTrainer(
      SequenceClassifier classifier,
      TrainingSpec spec,
      TrainingListener listener,
      CancellationToken cancel) {
    List<String> problems = spec.validate();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    this.classifier = classifier;
    this.spec = spec;
    this.listener = listener;
    this.cancel = cancel;
  }

  /** Trains on {@code train}; {@code validation} may be empty (then no early stopping). */
  public TrainingResult train(TrainingData train, TrainingData validation) {
    SplittableRandom random = new SplittableRandom(spec.seed());
    float[] classWeights =
        ClassWeights.of(spec.classWeights(), train.labels(), classifier.numClasses());
    double rate = spec.learningRate();
    PlateauSchedule schedule = new PlateauSchedule(spec);
    List<EpochResult> history = new ArrayList<>();
    NetworkWeights best = null;
    long start = System.currentTimeMillis();
    int batches = Math.max(1, train.size() / spec.batchSize());
    TrainingResult.StopReason reason = TrainingResult.StopReason.COMPLETED;
    double smoothed = Double.NaN;
    List<String> calibration = calibrationSample(train);
    // the last batch takes the remainder: up to 2 x batch size - 1 sequences
    int maxBatch = Math.max(spec.batchSize(), 2 * spec.batchSize() - 1);
    float[] encoded = new float[0];
    try (TrainingSteps steps = classifier.startTraining(maxBatch)) {
      for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
        int[] order = permutation(train.size(), random);
        double lossSum = 0;
        double correct = 0;
        int seen = 0;
        for (int b = 0; b < batches; b++) {
          if (cancel.isCancelled()) {
            reason = TrainingResult.StopReason.CANCELLED;
            break;
          }
          int from = b * spec.batchSize();
          int to = b == batches - 1 ? train.size() : from + spec.batchSize();
          Batch batch = batch(train, order, from, to, random);
          encoded = classifier.oneHot(batch.sequences(), encoded);
          long stepSeed = DropoutMask.stepSeed(spec.seed(), (long) (epoch - 1) * batches + b);
          double loss =
              steps.step(encoded, to - from, batch.labels(), classWeights, rate, stepSeed);
          double accuracy =
              CrossEntropy.accuracy(steps.logits(), batch.labels(), classifier.numClasses());
          lossSum += loss * (to - from);
          correct += accuracy * (to - from);
          seen += to - from;
          smoothed = Double.isNaN(smoothed) ? loss : SMOOTHING * smoothed + (1 - SMOOTHING) * loss;
          long elapsed = System.currentTimeMillis() - start;
          long done = (long) (epoch - 1) * batches + b + 1;
          long eta = elapsed * ((long) spec.epochs() * batches - done) / done;
          listener.batchFinished(
              new BatchProgress(
                  epoch, b + 1, batches, loss, accuracy, smoothed, rate, elapsed, eta));
        }
        steps.writeBack();
        classifier.calibrateBatchNorm(calibration);
        if (reason == TrainingResult.StopReason.CANCELLED) {
          break;
        }
        double[] val =
            validation.size() == 0 ? new double[] {Double.NaN, Double.NaN} : evaluate(validation);
        double monitored = validation.size() == 0 ? lossSum / seen : val[0];
        boolean isBest = schedule.record(epoch, monitored);
        if (isBest) {
          best = classifier.weights();
        }
        double newRate = schedule.nextLearningRate(rate);
        boolean reduced = newRate < rate;
        long elapsed = System.currentTimeMillis() - start;
        EpochResult result =
            new EpochResult(
                epoch,
                lossSum / seen,
                correct / seen,
                val[0],
                val[1],
                rate,
                elapsed,
                elapsed * (spec.epochs() - epoch) / epoch,
                isBest,
                reduced);
        rate = newRate;
        history.add(result);
        listener.epochFinished(result);
        if (validation.size() > 0 && schedule.shouldStop()) {
          reason = TrainingResult.StopReason.EARLY_STOPPED;
          listener.stoppedEarly(epoch, schedule.bestEpoch());
          break;
        }
      }
    }
    if (best != null) {
      classifier.setWeights(best);
    }
    return new TrainingResult(
        history,
        schedule.bestEpoch(),
        reason,
        System.currentTimeMillis() - start,
        validation.size(),
        classifier.backend());
  }

  private record Batch(List<String> sequences, int[] labels) {}

  /** The sequences order[from..to) (randomly reverse-complemented when asked) and their labels. */
  private Batch batch(TrainingData data, int[] order, int from, int to, SplittableRandom random) {
    int n = to - from;
    List<String> sequences = new ArrayList<>(n);
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      String s = data.sequences().get(order[from + i]);
      sequences.add(spec.reverseComplement() && random.nextBoolean() ? ReverseComplement.of(s) : s);
      labels[i] = data.labels()[order[from + i]];
    }
    return new Batch(sequences, labels);
  }

  /** Validation {loss, accuracy} in inference mode (no dropout, running batch-norm statistics). */
  private double[] evaluate(TrainingData data) {
    float[][] probs = classifier.predict(data.sequences(), EVAL_BATCH);
    return new double[] {
      CrossEntropy.lossOfProbabilities(probs, data.labels()),
      CrossEntropy.accuracyOfProbabilities(probs, data.labels())
    };
  }

  /**
   * The training sequences whose inference-mode statistics replace the batch-norm running
   * statistics after every epoch (all of them up to {@link #CALIBRATION_SEQUENCES}, else a seeded
   * sample; every other one reverse-complemented when training sees both strands). Validation and
   * the saved model then normalise with statistics of the network as it is, without dropout, not an
   * average over its training steps taken with dropout on: without this the default network scored
   * its own training data at chance on a 600-sequence set (issue 22; see {@code
   * SequenceClassifier#calibrateBatchNorm}).
   */
  private List<String> calibrationSample(TrainingData train) {
    int[] order = permutation(train.size(), new SplittableRandom(spec.seed() ^ CALIBRATION_SALT));
    int n = Math.min(train.size(), CALIBRATION_SEQUENCES);
    List<String> sample = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String s = train.sequences().get(order[i]);
      sample.add(spec.reverseComplement() && i % 2 == 1 ? ReverseComplement.of(s) : s);
    }
    return sample;
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
