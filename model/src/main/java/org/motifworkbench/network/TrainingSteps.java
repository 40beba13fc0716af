package org.motifworkbench.network;

/**
 * Training steps of one back end (Adam on weighted cross-entropy, dropout from {@link
 * DropoutMask}). Parameters may live in the back end between steps: {@link #writeBack} puts them in
 * the model (before validation, snapshots and at the end).
 */
public interface TrainingSteps extends AutoCloseable {

  /**
   * One Adam step on {@code n} encoded sequences (n, 4, L); returns the batch's weighted mean loss.
   * {@link #logits()} then holds the batch's training-mode logits.
   *
   * @param classWeights weight of each class in the loss
   * @param stepSeed the step's dropout seed ({@link DropoutMask#stepSeed})
   */
  double step(
      float[] encoded,
      int n,
      int[] labels,
      float[] classWeights,
      double learningRate,
      long stepSeed);

  /** The last step's logits, flattened (n, outputs); may be longer than n rows. */
  float[] logits();

  /** Writes the current parameters and running statistics into the model. */
  void writeBack();

  @Override
  void close();
}
