package org.motifworkbench.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Attention pooling over positions: a score per position (a dense unit with tanh over the
 * channels), softmax over positions, features weighted by it, then a global max over positions.
 * Input (N, C, L); outputs the pooled features (N, C) and the attention weights (N, L).
 *
 * <p>The score is computed as a (1, C) x (N, C, L) product on the channels-first layout, which
 * avoids transposing the feature map to (N, L, C) and the copy that forces.
 */
final class AttentionPooling extends AbstractBlock {

  private static final byte VERSION = 1;
  private final Parameter weight;
  private final Parameter bias;

  AttentionPooling() {
    super(VERSION);
    weight =
        addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
    bias =
        addParameter(
            Parameter.builder()
                .setName("bias")
                .setType(Parameter.Type.BIAS)
                .optShape(new Shape(1))
                .build());
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    weight.setShape(new Shape(1, inputShapes[0].get(1)));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray features = inputs.singletonOrThrow();
    Device device = features.getDevice();
    NDArray w = store.getValue(weight, device, training);
    NDArray b = store.getValue(bias, device, training);
    // A (1, C) x (N, C, L) product on the channels-first layout (no transposed copy; faster than a
    // 1x1 convolution here). A DJL result attaches to its first operand's manager, here the
    // parameters': move it to the features' manager at once, or it and the computation graph it
    // holds (whole feature maps) live as long as the model: tens of MB per training step.
    NDArray product = w.matMul(features);
    product.attach(features.getManager());
    NDArray scores = product.squeeze(1).add(b).tanh();
    NDArray attention = scores.softmax(1);
    // max over positions of features x attention, taken as the product at the position of the
    // maximum: the same values and gradients, but the backward pass touches only the (N, C) maxima
    // instead of multiplying whole (N, C, L) maps (about half the pooling's training time).
    if (!training) {
      // Prediction and explanations: a plain maximum (PyTorch's argMax is slower than the
      // convolutions here; it was the largest single cost of a prediction batch).
      return new NDList(features.mul(attention.expandDims(1)).max(new int[] {2}), attention);
    }
    NDArray at = features.stopGradient().mul(attention.stopGradient().expandDims(1)).argMax(2);
    NDArray pooled = features.gather(at.expandDims(2), 2).squeeze(2).mul(attention.gather(at, 1));
    return new NDList(pooled, attention);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), in.get(1)), new Shape(in.get(0), in.get(2))};
  }
}
