package org.motifworkbench.training;

/**
 * Metrics of one finished epoch. Validation values are NaN when there is no validation data.
 *
 * @param epoch 1-based epoch number
 * @param best true when this epoch has the lowest validation loss so far (its weights are kept)
 * @param learningRateReduced true when the learning rate was reduced after this epoch
 */
public record EpochResult(
    int epoch,
    double loss,
    double accuracy,
    double validationLoss,
    double validationAccuracy,
    double learningRate,
    long elapsedMillis,
    long etaMillis,
    boolean best,
    boolean learningRateReduced) {}
