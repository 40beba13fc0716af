package org.motifworkbench.network;

/**
 * A back end found at run time through {@link java.util.ServiceLoader} (as DJL finds its engines
 * through {@code EngineProvider}): the Java kernels ({@code network.cpu}) register one, so this
 * package does not depend on theirs.
 */
public interface ComputeProvider {

  Backend backend();

  /** Why this back end cannot compute {@code spec} on {@code device} here, or null when it can. */
  String unsupportedReason(NetworkSpec spec, String device);

  /**
   * Opens the back end for a model of {@code spec}, {@code classes} classes and input length {@code
   * length}, whose parameters live in {@code store}, computing on {@code threads} threads.
   */
  ComputeBackend open(NetworkSpec spec, int classes, int length, WeightStore store, int threads);
}
