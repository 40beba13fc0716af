package org.motifworkbench.training;

import java.util.List;
import org.motifworkbench.network.Backend;

/**
 * The outcome of a training run: every epoch's metrics, the epoch whose weights the model now
 * holds, why training stopped, how many sequences validation used, and which back end computed it.
 */
public record TrainingResult(
    List<EpochResult> history,
    int bestEpoch,
    StopReason stopReason,
    long elapsedMillis,
    int validationSize,
    Backend backend) {

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
