package org.motifworkbench.app.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingListener;

/**
 * Carries training events from the training thread to the FX thread without flooding it: batch
 * events (hundreds a second on small data) are collected and handed over together at most every
 * {@link #MIN_INTERVAL_MILLIS}; epoch ends and early stopping are handed over at once, with the
 * batches before them. {@link #flush()} hands over what is left when the run ends.
 */
final class TrainingFeed implements TrainingListener {

  /** Ten hand-overs a second keep the charts live and leave the FX thread mostly idle. */
  static final long MIN_INTERVAL_MILLIS = 100;

  /** Early stopping after {@code epoch}, as a feed event. */
  record StoppedEarly(int epoch) {}

  private final Executor fxThread;
  private final LongSupplier clock;
  private final Consumer<List<Object>> sink;
  private final Object lock = new Object();
  private List<Object> pending = new ArrayList<>();
  private boolean handOverQueued;
  private long lastHandOver = Long.MIN_VALUE / 2;

  /**
   * @param fxThread runs the hand-over where the sink may touch properties (Platform::runLater)
   * @param clock milliseconds, for the rate limit
   * @param sink receives events in order: {@link BatchProgress}, {@link FilterSnapshot}, {@link
   *     EpochResult}, {@link StoppedEarly}
   */
  TrainingFeed(Executor fxThread, LongSupplier clock, Consumer<List<Object>> sink) {
    this.fxThread = fxThread;
    this.clock = clock;
    this.sink = sink;
  }

  @Override
  public void batchFinished(BatchProgress progress) {
    offer(progress, false);
  }

  @Override
  public void epochFinished(EpochResult result) {
    offer(result, true);
  }

  /** The leading filter motifs at an epoch end; handed over at once, like the epoch. */
  void filters(FilterSnapshot snapshot) {
    offer(snapshot, true);
  }

  @Override
  public void stoppedEarly(int epoch, int bestEpoch) {
    offer(new StoppedEarly(epoch), true);
  }

  /** Hands over everything still pending; call on the FX thread when the run has ended. */
  void flush() {
    handOver();
  }

  private void offer(Object event, boolean urgent) {
    synchronized (lock) {
      pending.add(event);
      long now = clock.getAsLong();
      if (handOverQueued || (!urgent && now - lastHandOver < MIN_INTERVAL_MILLIS)) {
        return; // a queued hand-over, or the next event after the interval, takes this one along
      }
      handOverQueued = true;
      lastHandOver = now;
    }
    fxThread.execute(this::handOver);
  }

  private void handOver() {
    List<Object> events;
    synchronized (lock) {
      events = pending;
      pending = new ArrayList<>();
      handOverQueued = false;
    }
    if (!events.isEmpty()) {
      sink.accept(events);
    }
  }
}
