package org.motifworkbench.app.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that a newer request overtakes (another sequence clicked, another model, another file
 * opened): only the latest request's outcome reaches its handlers; results and failures of
 * superseded requests are dropped. Work itself still runs on the {@link BackgroundRunner} given, so
 * tests drive it without the FX toolkit. Used from one thread (the FX thread in the app), as the
 * runner's outcome handlers are.
 */
public final class LatestRequestRunner {

  private final BackgroundRunner runner;
  private long latest;

  public LatestRequestRunner(BackgroundRunner runner) {
    this.runner = runner;
  }

  /**
   * Starts a new request, superseding every earlier one. Run its work with {@link Request#run};
   * progress of that work can ask {@link Request#isLatest()} before it shows anything.
   */
  public Request begin() {
    return new Request(++latest);
  }

  /** Begins a request and runs {@code work} for it, as {@link Request#run} does. */
  public <T> Request run(
      String title,
      Callable<T> work,
      Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    Request request = begin();
    request.run(title, work, onSuccess, onFailure);
    return request;
  }

  /** Drops the outcome of all requests made so far, e.g. when the model they were for is gone. */
  public void supersede() {
    latest++;
  }

  /** One request: superseded by the next {@link #begin()} or {@link #supersede()}. */
  public final class Request {

    private final long number;

    private Request(long number) {
      this.number = number;
    }

    /** True while no later request was begun and nothing superseded this one. */
    public boolean isLatest() {
      return number == latest;
    }

    /**
     * Runs {@code work} in the background. If this request is still the latest when the work ends,
     * exactly one of {@code onSuccess} or {@code onFailure} is called; otherwise neither.
     */
    public <T> void run(
        String title,
        Callable<T> work,
        Consumer<? super T> onSuccess,
        Consumer<? super Throwable> onFailure) {
      run(title, work, onSuccess, onFailure, dropped -> {});
    }

    /**
     * As {@link #run(String, Callable, Consumer, Consumer)}; a result that arrives after this
     * request was superseded goes to {@code onDropped}, to release what it holds (a model, say).
     */
    public <T> void run(
        String title,
        Callable<T> work,
        Consumer<? super T> onSuccess,
        Consumer<? super Throwable> onFailure,
        Consumer<? super T> onDropped) {
      runner.run(
          title,
          work,
          result -> {
            if (isLatest()) {
              onSuccess.accept(result);
            } else {
              onDropped.accept(result);
            }
          },
          failure -> {
            if (isLatest()) {
              onFailure.accept(failure);
            }
          });
    }
  }
}
