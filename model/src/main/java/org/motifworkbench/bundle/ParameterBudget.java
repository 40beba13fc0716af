package org.motifworkbench.bundle;

import java.util.List;
import org.motifworkbench.network.NetworkSpec;

/**
 * How many bytes a model's stored weights may take, computed from the network its manifest
 * describes: reading stops there, so a small file that unpacks to gigabytes is refused before it
 * fills the memory.
 */
final class ParameterBudget {

  /** Room for the array headers and names beside the numbers themselves, and for rounding. */
  static final long SLACK_BYTES = 1 << 20;

  private ParameterBudget() {}

  /** The number of weights and batch-norm statistics of the network (all 32-bit floats). */
  static long count(NetworkSpec spec, int classes) {
    long filters = spec.filters();
    long total = 0;
    for (int k : spec.kernelSizes()) {
      total += filters * 4 * k + filters; // convolution weights and biases
      total += 4 * filters; // batch norm: scale, shift, running mean and variance
      if (spec.attention()) {
        total += filters + 1; // attention scores: one weight per filter and a bias
      }
    }
    long in = spec.kernelSizes().size() * filters;
    for (int units : spec.denseUnits()) {
      total += in * units + units + 4L * units;
      in = units;
    }
    long out = classes == 2 ? 1 : classes;
    return total + in * out + out;
  }

  /** The most bytes {@code parameters.bin} may unpack to for this network. */
  static long maxBytes(NetworkSpec spec, List<String> classNames) {
    return 4 * count(spec, classNames.size()) + SLACK_BYTES;
  }
}
