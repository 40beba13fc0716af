package org.motifworkbench.app.train;

import java.util.List;
import org.motifworkbench.training.EpochResult;

/**
 * What the training charts show at one moment: per-batch points, finished epochs and the marks.
 * Immutable: the view model publishes a new one at most ~10 times a second.
 *
 * @param batches per-batch points, thinned out evenly when a run gets long
 * @param epochs finished epochs in order
 * @param stoppedEarlyAfter the epoch after which early stopping ended training, or 0
 * @param ceiling the best possible accuracy on this data, or NaN when unknown
 * @param plateauFactor the factor the learning rate is multiplied by on a plateau (for labels)
 */
public record TrainingCurves(
    List<BatchPoint> batches,
    List<EpochResult> epochs,
    int stoppedEarlyAfter,
    double ceiling,
    double plateauFactor) {

  public TrainingCurves {
    batches = List.copyOf(batches);
    epochs = List.copyOf(epochs);
  }

  /** Nothing trained yet. */
  public static TrainingCurves empty(double ceiling, double plateauFactor) {
    return new TrainingCurves(List.of(), List.of(), 0, ceiling, plateauFactor);
  }

  /** The epoch whose weights the model keeps (lowest validation loss so far), or 0. */
  public int bestEpoch() {
    int best = 0;
    for (EpochResult e : epochs) {
      if (e.best()) {
        best = e.epoch();
      }
    }
    return best;
  }
}
