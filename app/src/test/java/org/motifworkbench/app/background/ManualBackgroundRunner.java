package org.motifworkbench.app.background;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test runs it, in any order, to test overlapping background work. */
public final class ManualBackgroundRunner implements BackgroundRunner {

  private final List<Runnable> pending = new ArrayList<>();
  private final SameThreadBackgroundRunner direct = new SameThreadBackgroundRunner();

  @Override
  public <T> void run(
      String title,
      Callable<T> work,
      Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    pending.add(() -> direct.run(title, work, onSuccess, onFailure));
  }

  /** How many pieces of work wait to be run. */
  public int pendingCount() {
    return pending.size();
  }

  /** Runs the {@code index}-th piece of work submitted (0 = oldest still pending). */
  public void runPending(int index) {
    pending.remove(index).run();
  }
}
