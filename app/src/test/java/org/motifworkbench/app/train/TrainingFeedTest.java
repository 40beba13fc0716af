package org.motifworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;

/** Batch events are handed over at most every 100 ms; epoch ends at once; nothing is lost. */
class TrainingFeedTest {

  private final Queue<Runnable> fxQueue = new ArrayDeque<>();
  private final List<List<Object>> handOvers = new ArrayList<>();
  private long now = 1_000;
  private final TrainingFeed feed = new TrainingFeed(fxQueue::add, () -> now, handOvers::add);

  @Test
  void batchesWithinTheIntervalTravelTogether() {
    for (int b = 1; b <= 50; b++) {
      feed.batchFinished(batch(b));
      now += 5; // 200 batches a second
    }
    runFxQueue();
    // one hand-over at the first batch (queued), then one more every 100 ms: at 1000, 1100, 1200
    assertEquals(1, handOvers.size()); // all queued before the FX thread ran: taken in one go
    assertEquals(50, handOvers.get(0).size());
  }

  @Test
  void handOversAreRateLimitedWhileTheFxThreadKeepsUp() {
    for (int b = 1; b <= 100; b++) {
      feed.batchFinished(batch(b));
      runFxQueue();
      now += 5;
    }
    feed.flush();
    // 100 batches over 500 ms: hand-overs at 0, 100, ..., 400 ms, plus the final flush
    assertEquals(6, handOvers.size());
    assertEquals(100, handOvers.stream().mapToInt(List::size).sum());
  }

  @Test
  void anEpochEndIsHandedOverAtOnceWithTheBatchesBeforeIt() {
    feed.batchFinished(batch(1));
    runFxQueue();
    feed.batchFinished(batch(2));
    feed.batchFinished(batch(3));
    EpochResult epoch = new EpochResult(1, 0.5, 0.8, 0.6, 0.7, 1e-3, 10, 10, true, false);
    feed.epochFinished(epoch);
    runFxQueue();

    assertEquals(2, handOvers.size());
    assertEquals(List.of(batch(2), batch(3), epoch), handOvers.get(1));
  }

  private void runFxQueue() {
    while (!fxQueue.isEmpty()) {
      fxQueue.poll().run();
    }
  }

  private static BatchProgress batch(int b) {
    return new BatchProgress(1, b, 100, 0.5, 0.5, 0.5, 1e-3, b, 1000);
  }
}
