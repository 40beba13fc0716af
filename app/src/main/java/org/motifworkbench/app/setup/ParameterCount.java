package org.motifworkbench.app.setup;

import org.motifworkbench.network.NetworkSpec;

/**
 * Counts the trainable weights of the network a {@link NetworkSpec} describes, by the same layer
 * plan as the model's network: per branch a convolution (4 bases x kernel x filters + biases),
 * batch norm (scale and shift) and, with attention, one score weight per filter plus a bias; then
 * each dense layer with its batch norm, then the output (one unit for two classes).
 */
final class ParameterCount {

  private static final int BASES = 4;

  private ParameterCount() {}

  static long of(NetworkSpec spec, int classes) {
    long total = 0;
    long filters = spec.filters();
    for (int k : spec.kernelSizes()) {
      total += (long) BASES * k * filters + filters; // convolution weights and biases
      total += 2 * filters; // batch norm
      if (spec.attention()) {
        total += filters + 1;
      }
    }
    long width = spec.pooledFeatures();
    for (int units : spec.denseUnits()) {
      total += width * units + units + 2L * units;
      width = units;
    }
    long outputs = classes == 2 ? 1 : classes;
    return total + width * outputs + outputs;
  }
}
