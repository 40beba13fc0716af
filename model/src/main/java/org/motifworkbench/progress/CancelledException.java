package org.motifworkbench.progress;

/** Thrown by long work that stopped because its {@link CancellationToken} was cancelled. */
public class CancelledException extends RuntimeException {

  public CancelledException() {
    super("Cancelled by the user.");
  }
}
