package org.motifworkbench.app.train;

import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;

/**
 * Collects training events into {@link TrainingCurves}. The per-batch series stays bounded: when it
 * reaches {@link #MAX_BATCH_POINTS}, every second point is dropped and from then on only every
 * second (then fourth...) batch is kept, so a long run still spans the whole chart evenly.
 */
final class CurveRecorder {

  static final int MAX_BATCH_POINTS = 3000;

  /** The same smoothing as the trainer's loss, so loss and accuracy curves move alike. */
  private static final double SMOOTHING = 0.9;

  private final double ceiling;
  private final double plateauFactor;
  private final List<BatchPoint> batches = new ArrayList<>();
  private final List<EpochResult> epochs = new ArrayList<>();
  private int stoppedEarlyAfter;
  private int stride = 1;
  private long batchCount;
  private double smoothedAccuracy = Double.NaN;

  CurveRecorder(double ceiling, double plateauFactor) {
    this.ceiling = ceiling;
    this.plateauFactor = plateauFactor;
  }

  void batch(BatchProgress p) {
    smoothedAccuracy =
        Double.isNaN(smoothedAccuracy)
            ? p.accuracy()
            : SMOOTHING * smoothedAccuracy + (1 - SMOOTHING) * p.accuracy();
    if (batchCount++ % stride != 0) {
      return;
    }
    double x = (p.epoch() - 1) + (double) p.batch() / p.batchesPerEpoch();
    batches.add(new BatchPoint(x, p.smoothedLoss(), smoothedAccuracy));
    if (batches.size() >= MAX_BATCH_POINTS) {
      List<BatchPoint> kept = new ArrayList<>(batches.size() / 2 + 1);
      for (int i = 0; i < batches.size(); i += 2) {
        kept.add(batches.get(i));
      }
      batches.clear();
      batches.addAll(kept);
      stride *= 2;
    }
  }

  void epoch(EpochResult result) {
    epochs.add(result);
  }

  void stoppedEarly(int epoch) {
    stoppedEarlyAfter = epoch;
  }

  TrainingCurves snapshot() {
    return new TrainingCurves(batches, epochs, stoppedEarlyAfter, ceiling, plateauFactor);
  }
}
