package org.motifworkbench.training;

import java.util.List;

/**
 * The outcome of a training run: every epoch's metrics, the epoch whose weights the model now holds,
 * why training stopped, and how many sequences validation used.
 */
public record TrainingResult(
    List<EpochResult> history, int bestEpoch, StopReason stopReason, long elapsedMillis,
    int validationSize) {

  /** Why training ended. */
  public enum StopReason {
    COMPLETED,
    EARLY_STOPPED,
    CANCELLED
  }

  public TrainingResult {
    history = List.copyOf(history);
  }

  public EpochResult best() {
    return history.stream().filter(e -> e.epoch() == bestEpoch).findFirst().orElse(null);
  }
}
