package org.motifworkbench.network;

/** Where a model's parameters live: a back end reads them to compute and writes back changes. */
public interface WeightStore {

  /** A copy of the parameters and running statistics. */
  NetworkWeights read();

  /** Replaces the parameters and running statistics with {@code weights}. */
  void write(NetworkWeights weights);
}
