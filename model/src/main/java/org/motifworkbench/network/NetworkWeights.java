package org.motifworkbench.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Every parameter and batch-norm running statistic of a {@link NetworkSpec}'s network as plain
 * float arrays, in one documented layout: what a compute back end reads to predict and writes back
 * after training, without holding a training network. Arrays are shared, not copied: a back end
 * that changes them in place changes these weights.
 *
 * <p>Layouts (the model file's, i.e. the engine's): convolution weights [filter][channel][offset]
 * (channel A, C, G, T), dense weights [out][in], the output layer [outputs][in] with one output for
 * two classes (a sigmoid logit) or one per class (softmax logits).
 */
public final class NetworkWeights {

  /** Batch norm of one layer: scale, shift, and the running statistics prediction uses. */
  public record Norm(float[] gamma, float[] beta, float[] runningMean, float[] runningVar) {
    static Norm of(int channels) {
      return new Norm(
          new float[channels], new float[channels], new float[channels], new float[channels]);
    }

    Norm copy() {
      return new Norm(gamma.clone(), beta.clone(), runningMean.clone(), runningVar.clone());
    }
  }

  /**
   * One convolution branch: filters of width {@code kernel}, ReLU, batch norm, then attention
   * pooling (a score weight per filter and a bias; null/0 for max pooling).
   */
  public record Branch(
      int kernel,
      float[] convWeight,
      float[] convBias,
      Norm norm,
      float[] attentionWeight,
      float[] attentionBias) {

    Branch copy() {
      return new Branch(
          kernel,
          convWeight.clone(),
          convBias.clone(),
          norm.copy(),
          attentionWeight == null ? null : attentionWeight.clone(),
          attentionBias == null ? null : attentionBias.clone());
    }
  }

  /** One hidden dense layer: weight [out][in], bias, ReLU, batch norm. */
  public record Dense(int in, int out, float[] weight, float[] bias, Norm norm) {
    Dense copy() {
      return new Dense(in, out, weight.clone(), bias.clone(), norm.copy());
    }
  }

  private final NetworkSpec spec;
  private final int outputs;
  private final List<Branch> branches;
  private final List<Dense> dense;
  private final float[] outputWeight;
  private final float[] outputBias;

  private NetworkWeights(
      NetworkSpec spec,
      int outputs,
      List<Branch> branches,
      List<Dense> dense,
      float[] outputWeight,
      float[] outputBias) {
    this.spec = spec;
    this.outputs = outputs;
    this.branches = List.copyOf(branches);
    this.dense = List.copyOf(dense);
    this.outputWeight = outputWeight;
    this.outputBias = outputBias;
  }

  /** Zero weights of the network for {@code classes} classes (to be filled by a back end). */
  public static NetworkWeights zeros(NetworkSpec spec, int classes) {
    int outputs = outputsFor(classes);
    int f = spec.filters();
    List<Branch> branches = new ArrayList<>();
    for (int k : spec.kernelSizes()) {
      branches.add(
          new Branch(
              k,
              new float[f * 4 * k],
              new float[f],
              Norm.of(f),
              spec.attention() ? new float[f] : null,
              spec.attention() ? new float[1] : null));
    }
    List<Dense> dense = new ArrayList<>();
    int width = spec.pooledFeatures();
    for (int units : spec.denseUnits()) {
      dense.add(
          new Dense(width, units, new float[units * width], new float[units], Norm.of(units)));
      width = units;
    }
    return new NetworkWeights(
        spec, outputs, branches, dense, new float[outputs * width], new float[outputs]);
  }

  /** The number of outputs of a network for {@code classes} classes: 1 for two, else one each. */
  public static int outputsFor(int classes) {
    return classes == 2 ? 1 : classes;
  }

  /** A deep copy: changing one leaves the other as it was. */
  public NetworkWeights copy() {
    return new NetworkWeights(
        spec,
        outputs,
        branches.stream().map(Branch::copy).toList(),
        dense.stream().map(Dense::copy).toList(),
        outputWeight.clone(),
        outputBias.clone());
  }

  /** The number of trainable values (every array but the batch norms' running statistics). */
  public long trainableCount() {
    long n = (long) outputWeight.length + outputBias.length;
    for (Branch b : branches) {
      n +=
          b.convWeight().length
              + b.convBias().length
              + b.norm().gamma().length
              + b.norm().beta().length;
      if (b.attentionWeight() != null) {
        n += b.attentionWeight().length + b.attentionBias().length;
      }
    }
    for (Dense d : dense) {
      n += d.weight().length + d.bias().length + d.norm().gamma().length + d.norm().beta().length;
    }
    return n;
  }

  public NetworkSpec spec() {
    return spec;
  }

  /** Logits per sequence: 1 for two classes, else the number of classes. */
  public int outputs() {
    return outputs;
  }

  /** One per kernel size, in the spec's order. */
  public List<Branch> branches() {
    return branches;
  }

  public List<Dense> dense() {
    return dense;
  }

  /** [outputs][width of the last hidden layer, or the pooled features without one]. */
  public float[] outputWeight() {
    return outputWeight;
  }

  public float[] outputBias() {
    return outputBias;
  }
}
