package org.motifworkbench.app.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work in the background and reports the outcome where the view model may touch its
 * properties (the FX thread in the app, the calling thread in tests). View models depend on this,
 * not on an executor, so they can be tested without the FX toolkit.
 */
public interface BackgroundRunner {

  /**
   * Runs {@code work}; then exactly one of {@code onSuccess} (with its result) or {@code onFailure}
   * (with what it threw) is called.
   *
   * @param title a few words for logs and thread names, e.g. "Reading train.fa"
   */
  <T> void run(
      String title,
      Callable<T> work,
      Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure);
}
