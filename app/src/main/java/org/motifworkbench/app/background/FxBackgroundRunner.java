package org.motifworkbench.app.background;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The app's one place for background work: a small pool of daemon threads running JavaFX {@link
 * Task}s, whose outcome handlers run on the FX thread. Daemon threads, and a close that does not
 * wait, keep the window's close instant even while work is still running.
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {

  private final ExecutorService executor;

  /**
   * @param threads how many pieces of work may run at once (engine start and a file load, say)
   */
  public FxBackgroundRunner(int threads) {
    this.executor = Executors.newFixedThreadPool(threads, new WorkerThreads());
  }

  @Override
  public <T> void run(
      String title,
      Callable<T> work,
      Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            // The title in the thread name makes a thread dump say what is running.
            Thread thread = Thread.currentThread();
            String name = thread.getName();
            thread.setName(name + ": " + title);
            try {
              return work.call();
            } finally {
              thread.setName(name);
            }
          }
        };
    task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
    task.setOnFailed(e -> onFailure.accept(task.getException()));
    executor.execute(task);
  }

  /** Interrupts running work and returns at once; never blocks the calling (FX) thread. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  private static final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "mwb-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
