package org.motifworkbench.training;

/**
 * Progress after one training batch (for live charts): loss and accuracy of this batch, an
 * exponentially smoothed loss, the learning rate, and timing.
 */
public record BatchProgress(
    int epoch,
    int batch,
    int batchesPerEpoch,
    double loss,
    double accuracy,
    double smoothedLoss,
    double learningRate,
    long elapsedMillis,
    long etaMillis) {

  /** Fraction of the whole run done, in [0, 1], given the maximum number of epochs. */
  public double fractionDone(int maxEpochs) {
    return ((epoch - 1) + (double) batch / batchesPerEpoch) / maxEpochs;
  }
}
