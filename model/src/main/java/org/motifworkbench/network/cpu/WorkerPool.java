package org.motifworkbench.network.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A few daemon threads that run one task over a range split into as many contiguous chunks as there
 * are workers; the calling thread works on the first chunk. Chunk boundaries depend only on the
 * range and the worker count, so per-worker partial sums are added in a fixed order.
 */
final class WorkerPool implements AutoCloseable {

  /** Work on items [from, to) as worker {@code worker} (0 ... size - 1). */
  @FunctionalInterface
  interface Chunk {
    void run(int worker, int from, int to);
  }

  private final int size;
  private final ExecutorService executor;

  WorkerPool(int size) {
    this.size = Math.max(1, size);
    this.executor =
        this.size == 1
            ? null
            : Executors.newFixedThreadPool(
                this.size - 1,
                r -> {
                  Thread t = new Thread(r, "mwb-cpu-network");
                  t.setDaemon(true);
                  return t;
                });
  }

  int size() {
    return size;
  }

  /** Runs {@code chunk} over [0, count) and returns when every part has finished. */
  void run(int count, Chunk chunk) {
    if (size == 1 || count < 2) {
      chunk.run(0, 0, count);
      return;
    }
    List<Future<?>> pending = new ArrayList<>(size - 1);
    for (int w = 1; w < size; w++) {
      int from = (int) ((long) count * w / size);
      int to = (int) ((long) count * (w + 1) / size);
      int worker = w;
      pending.add(executor.submit(() -> chunk.run(worker, from, to)));
    }
    RuntimeException failure = null;
    try {
      chunk.run(0, 0, (int) ((long) count / size));
    } catch (RuntimeException e) {
      failure = e;
    }
    for (Future<?> f : pending) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = failure != null ? failure : new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (failure == null) {
          failure = cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
