package org.motifworkbench.progress;

/** Thrown by long work that stopped because its {@link CancellationToken} was cancelled. */
public class CancelledException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CancelledException() {
    super("Cancelled by the user.");
  }
}
