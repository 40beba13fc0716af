package org.motifworkbench.progress;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets one thread ask long work running on another thread to stop at its next safe point. */
public final class CancellationToken {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** A token that is never cancelled. */
  public static CancellationToken none() {
    return new CancellationToken();
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /** Throws {@link CancelledException} if cancellation was requested. */
  public void throwIfCancelled() {
    if (cancelled.get()) {
      throw new CancelledException();
    }
  }
}
