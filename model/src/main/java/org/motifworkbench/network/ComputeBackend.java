package org.motifworkbench.network;

import java.util.List;

/**
 * What a compute back end does for one model: prediction (inference-mode logits), batch-norm
 * recalibration, training steps and input gradients for explanations. A {@link SequenceClassifier}
 * opens one, chosen once from the device and {@link Backend#choose}; the model's parameters live in
 * the classifier (see {@link WeightStore}), a back end computes on them.
 *
 * <p>Inputs are sequences already one-hot encoded channels-first, (n, 4, L) flattened, L the
 * model's input length (IUPAC codes and N as fractional rows, as {@code OneHotEncoder} writes
 * them). Logits are (n, 1) for two classes (a sigmoid logit) or (n, k). Not thread-safe.
 */
public interface ComputeBackend extends AutoCloseable {

  /** Which back end this is (named in the run's record and by {@code mwb engine}). */
  Backend backend();

  /** Inference-mode logits (no dropout, batch norm with running statistics), flattened. */
  float[] logits(float[] encoded, int n);

  /**
   * Replaces every batch norm's running statistics by the exact inference-mode statistics of {@code
   * n} encoded sequences, layer by layer (decision record 0007); returns how far the old ones were.
   * An empty list when this back end cannot recalibrate (nothing then changes).
   */
  List<NormShift> calibrate(float[] encoded, int n);

  /** Whether {@link #inputGradients} is computed here (else the classifier asks the engine). */
  boolean computesInputGradients();

  /**
   * Gradients of each sequence's class score (the logit of {@code classIndex}; for two classes the
   * sigmoid logit, negated for class 0) with respect to its input, in inference mode, (n, 4, L)
   * flattened, with the scores.
   */
  InputGradients inputGradients(float[] encoded, int n, int classIndex);

  /** Input gradients (n, 4, L) flattened, and the class score of each sequence. */
  record InputGradients(float[] values, float[] scores) {}

  /**
   * Starts training: steps of up to {@code maxBatch} sequences until {@link TrainingSteps#close}.
   * Only one training (or engine gradient computation) may run at a time in a JVM.
   */
  TrainingSteps startTraining(int maxBatch);

  /** The model's parameters were changed from outside: read them afresh before computing. */
  void weightsChanged();

  @Override
  void close();
}
