package org.motifworkbench.bench;

import org.motifworkbench.network.NetworkSpec;

/**
 * Arithmetic of the multi-scale attention network, counted analytically for the benchmark's
 * GFLOP/s: a multiply-add is 2 FLOPs; convolutions, attention scores and dense layers are counted;
 * element-wise work (ReLU, batch norm, dropout, softmax, pooling, the optimiser) is not. A training
 * step is the forward pass plus weight gradients of every layer plus input gradients of every layer
 * but the first (the one-hot input needs none). For the tutorial network at 200 bp: forward 5.42
 * MFLOP (convolutions 2 x 4 x 64 x 200 x (3+7+15+25) = 5.12 M, attention 0.10 M, dense 0.20 M),
 * training 11.14 MFLOP per sequence, 71.3 GFLOP per epoch of 6,400 sequences.
 */
record FlopCount(double convolution, double attention, double dense) {

  static FlopCount of(NetworkSpec spec, int length, int numClasses) {
    double conv = 0;
    for (int k : spec.kernelSizes()) {
      conv += 2.0 * 4 * k * spec.filters() * length;
    }
    double attention =
        spec.attention() ? 2.0 * spec.filters() * length * spec.kernelSizes().size() : 0;
    double dense = 0;
    long width = spec.pooledFeatures();
    for (int units : spec.denseUnits()) {
      dense += 2.0 * width * units;
      width = units;
    }
    dense += 2.0 * width * (numClasses == 2 ? 1 : numClasses);
    return new FlopCount(conv, attention, dense);
  }

  /** FLOPs of one forward pass for one sequence. */
  double forward() {
    return convolution + attention + dense;
  }

  /** FLOPs of one training step for one sequence (forward and backward). */
  double training() {
    return forward() + convolution + 2 * (attention + dense);
  }
}
