package org.motifworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;

/** The per-batch curve stays bounded and even; epochs and marks are kept as they come. */
class CurveRecorderTest {

  @Test
  void longRunsAreThinnedEvenlyAndStayBounded() {
    CurveRecorder recorder = new CurveRecorder(Double.NaN, 0.5);
    int perEpoch = 1000;
    for (int e = 1; e <= 20; e++) {
      for (int b = 1; b <= perEpoch; b++) {
        recorder.batch(new BatchProgress(e, b, perEpoch, 1, 1, 1, 1e-3, 0, 0));
      }
    }
    List<BatchPoint> points = recorder.snapshot().batches();
    assertTrue(points.size() < CurveRecorder.MAX_BATCH_POINTS, "points: " + points.size());
    assertTrue(points.size() >= CurveRecorder.MAX_BATCH_POINTS / 2, "points: " + points.size());
    // 20,000 batches thinned to every 8th: evenly spaced over the whole run
    double step = points.get(1).epochs() - points.get(0).epochs();
    for (int i = 1; i < points.size(); i++) {
      assertEquals(step, points.get(i).epochs() - points.get(i - 1).epochs(), 1e-9);
    }
    assertTrue(points.get(points.size() - 1).epochs() > 19.9);
  }

  @Test
  void accuracyIsSmoothedLikeTheLoss() {
    CurveRecorder recorder = new CurveRecorder(Double.NaN, 0.5);
    recorder.batch(new BatchProgress(1, 1, 2, 1, 0.0, 1, 1e-3, 0, 0));
    recorder.batch(new BatchProgress(1, 2, 2, 1, 1.0, 1, 1e-3, 0, 0));
    assertEquals(0.1, recorder.snapshot().batches().get(1).accuracy(), 1e-12);
  }

  @Test
  void theBestEpochIsTheLastMarkedBest() {
    CurveRecorder recorder = new CurveRecorder(0.9, 0.5);
    recorder.epoch(epoch(1, true));
    recorder.epoch(epoch(2, true));
    recorder.epoch(epoch(3, false));
    recorder.stoppedEarly(3);
    TrainingCurves curves = recorder.snapshot();
    assertEquals(2, curves.bestEpoch());
    assertEquals(3, curves.stoppedEarlyAfter());
    assertEquals(0.9, curves.ceiling(), 0);
  }

  private static EpochResult epoch(int n, boolean best) {
    return new EpochResult(n, 0.5, 0.8, 0.6, 0.7, 1e-3, 10, 10, best, false);
  }
}
