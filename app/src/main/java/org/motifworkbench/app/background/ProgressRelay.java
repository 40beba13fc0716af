package org.motifworkbench.app.background;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.motifworkbench.progress.ProgressListener;

/**
 * Hands progress from the engine thread to the UI thread. Updates are coalesced: while one
 * hand-over waits to run, newer updates replace its value instead of queueing more, so fast work
 * never floods the UI thread and the UI always shows the newest value.
 */
public final class ProgressRelay implements ProgressListener {

  private record Update(double fraction, String message) {}

  private final Executor uiThread;
  private final ProgressListener target;
  private final AtomicReference<Update> pending = new AtomicReference<>();

  /**
   * @param uiThread runs the hand-over ({@code Platform::runLater} in the app)
   * @param target receives the updates on the UI thread
   */
  public ProgressRelay(Executor uiThread, ProgressListener target) {
    this.uiThread = uiThread;
    this.target = target;
  }

  @Override
  public void progress(double fraction, String message) {
    if (pending.getAndSet(new Update(fraction, message)) == null) {
      uiThread.execute(
          () -> {
            Update newest = pending.getAndSet(null);
            if (newest != null) {
              target.progress(newest.fraction(), newest.message());
            }
          });
    }
  }
}
