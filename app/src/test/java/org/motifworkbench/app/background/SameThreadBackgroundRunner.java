package org.motifworkbench.app.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, so view models can be tested without the FX toolkit. */
public final class SameThreadBackgroundRunner implements BackgroundRunner {

  @Override
  public <T> void run(
      String title,
      Callable<T> work,
      Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception | Error e) {
      onFailure.accept(e);
      return;
    }
    onSuccess.accept(result);
  }
}
