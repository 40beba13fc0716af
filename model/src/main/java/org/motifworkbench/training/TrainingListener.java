package org.motifworkbench.training;

/**
 * Receives training events on the training thread; implementations that touch a UI must hand them
 * over to the UI thread themselves.
 */
public interface TrainingListener {

  TrainingListener NONE = new TrainingListener() {};

  default void batchFinished(BatchProgress progress) {}

  default void epochFinished(EpochResult result) {}

  /** Training stopped early because validation loss stopped improving after {@code epoch}. */
  default void stoppedEarly(int epoch, int bestEpoch) {}
}
