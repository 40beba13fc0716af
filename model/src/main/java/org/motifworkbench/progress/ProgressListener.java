package org.motifworkbench.progress;

/**
 * Receives progress of long work: a fraction in [0, 1] (or -1 when unknown) and a short message.
 */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (fraction, message) -> {};

  void progress(double fraction, String message);
}
