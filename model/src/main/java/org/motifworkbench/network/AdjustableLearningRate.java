package org.motifworkbench.network;

import ai.djl.training.tracker.Tracker;

/** A learning rate the training loop can lower between epochs (reduce-on-plateau). */
final class AdjustableLearningRate implements Tracker {

  private volatile float value;

  AdjustableLearningRate(double initial) {
    this.value = (float) initial;
  }

  @Override
  public float getNewValue(int numUpdate) {
    return value;
  }

  double value() {
    return value;
  }

  void set(double newValue) {
    value = (float) newValue;
  }
}
