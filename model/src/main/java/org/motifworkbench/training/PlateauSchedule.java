package org.motifworkbench.training;

/**
 * Early stopping and reduce-learning-rate-on-plateau on validation loss, with Keras' semantics: an
 * epoch improves when its loss is lower than the best so far; after {@code plateauPatience} epochs
 * without improvement the rate is multiplied by the factor (not below the minimum) and the wait
 * starts over; after {@code stopPatience} epochs without improvement training stops.
 */
final class PlateauSchedule {

  private final TrainingSpec spec;
  private double bestLoss = Double.POSITIVE_INFINITY;
  private int bestEpoch;
  private int sinceBest;
  private int sinceReduce;

  PlateauSchedule(TrainingSpec spec) {
    this.spec = spec;
  }

  /** Records an epoch's validation loss; returns true when it is the best so far. */
  boolean record(int epoch, double loss) {
    if (loss < bestLoss) {
      bestLoss = loss;
      bestEpoch = epoch;
      sinceBest = 0;
      sinceReduce = 0;
      return true;
    }
    sinceBest++;
    sinceReduce++;
    return false;
  }

  /** The new learning rate if this epoch ends a plateau, else the current one. */
  double nextLearningRate(double current) {
    if (spec.plateauPatience() > 0
        && sinceReduce >= spec.plateauPatience()
        && current > spec.minLearningRate()) {
      sinceReduce = 0;
      return Math.max(spec.minLearningRate(), current * spec.plateauFactor());
    }
    return current;
  }

  boolean shouldStop() {
    return spec.earlyStoppingPatience() > 0 && sinceBest >= spec.earlyStoppingPatience();
  }

  int bestEpoch() {
    return bestEpoch;
  }
}
