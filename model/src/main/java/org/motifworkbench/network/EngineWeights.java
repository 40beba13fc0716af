package org.motifworkbench.network;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.List;

/**
 * Moves {@link NetworkWeights} in and out of the engine's network. The only place that knows the
 * engine's parameter names (DJL's: a convolution's or dense layer's "weight" and "bias", a batch
 * norm's "gamma", "beta", "runningMean", "runningVar"); the layouts are the same on both sides.
 */
final class EngineWeights {

  private EngineWeights() {}

  /** A copy of every parameter and running statistic of {@code net}. */
  static NetworkWeights read(MultiScaleAttentionNet net, NetworkSpec spec, int classes) {
    NetworkWeights w = NetworkWeights.zeros(spec, classes);
    transfer(net, w, true);
    return w;
  }

  /** Overwrites every parameter and running statistic of {@code net} with {@code weights}. */
  static void write(MultiScaleAttentionNet net, NetworkWeights weights) {
    transfer(net, weights, false);
  }

  private static void transfer(MultiScaleAttentionNet net, NetworkWeights w, boolean read) {
    List<MultiScaleAttentionNet.Branch> branches = net.branches();
    for (int j = 0; j < branches.size(); j++) {
      MultiScaleAttentionNet.Branch b = branches.get(j);
      NetworkWeights.Branch to = w.branches().get(j);
      copy(b.conv(), "weight", to.convWeight(), read);
      copy(b.conv(), "bias", to.convBias(), read);
      copyNorm(b.norm(), to.norm(), read);
      if (b.attention() != null) {
        copy(b.attention(), "weight", to.attentionWeight(), read);
        copy(b.attention(), "bias", to.attentionBias(), read);
      }
    }
    for (int i = 0; i < w.dense().size(); i++) {
      NetworkWeights.Dense to = w.dense().get(i);
      copy(net.denseLayers().get(i), "weight", to.weight(), read);
      copy(net.denseLayers().get(i), "bias", to.bias(), read);
      copyNorm(net.denseNorms().get(i), to.norm(), read);
    }
    copy(net.outputLayer(), "weight", w.outputWeight(), read);
    copy(net.outputLayer(), "bias", w.outputBias(), read);
  }

  private static void copyNorm(Block norm, NetworkWeights.Norm to, boolean read) {
    copy(norm, "gamma", to.gamma(), read);
    copy(norm, "beta", to.beta(), read);
    copy(norm, "runningMean", to.runningMean(), read);
    copy(norm, "runningVar", to.runningVar(), read);
  }

  private static void copy(Block block, String name, float[] values, boolean read) {
    Parameter parameter = block.getParameters().get(name);
    NDArray array = parameter.getArray();
    int size = Math.toIntExact(array.getShape().size());
    if (size != values.length) {
      throw new IllegalStateException(
          "parameter " + name + " has " + size + " values, expected " + values.length);
    }
    if (read) {
      System.arraycopy(array.toFloatArray(), 0, values, 0, size);
    } else {
      EngineArrays.overwrite(array, values);
    }
  }
}
