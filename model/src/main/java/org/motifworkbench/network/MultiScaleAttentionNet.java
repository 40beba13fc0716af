package org.motifworkbench.network;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The multi-scale attention CNN described by a {@link NetworkSpec}. Input: one-hot DNA (N, 4, L).
 * Output: class logits (N, 1) for two classes (sigmoid) or (N, k) for more (softmax); when the
 * forward call's parameters contain {@link #RETURN_ATTENTION}, the attention weights of every
 * branch (N, L) follow the logits in branch order.
 */
final class MultiScaleAttentionNet extends AbstractBlock {

  /** Forward-parameter key asking for attention weights as extra outputs. */
  static final String RETURN_ATTENTION = "returnAttention";

  private static final byte VERSION = 1;

  private final NetworkSpec spec;
  private final List<Branch> branches = new ArrayList<>();
  private final List<Linear> dense = new ArrayList<>();
  private final List<BatchNorm> denseNorms = new ArrayList<>();
  private final Linear output;
  private final DropoutMasks masks = new DropoutMasks();

  /** The training step's dropout seed ({@link DropoutMask#stepSeed}). */
  private long stepSeed;

  record Branch(int kernel, Conv1d conv, BatchNorm norm, AttentionPooling attention) {}

  MultiScaleAttentionNet(NetworkSpec spec, int numClasses) {
    super(VERSION);
    this.spec = spec;
    for (int k : spec.kernelSizes()) {
      Conv1d conv =
          addChildBlock(
              "conv" + k,
              Conv1d.builder()
                  .setKernelShape(new Shape(k))
                  .setFilters(spec.filters())
                  .optPadding(new Shape(k / 2))
                  .build());
      BatchNorm norm = addChildBlock("conv" + k + "_bn", batchNorm());
      AttentionPooling attention =
          spec.attention()
              ? addChildBlock("conv" + k + "_attention", new AttentionPooling())
              : null;
      branches.add(new Branch(k, conv, norm, attention));
    }
    for (int i = 0; i < spec.denseUnits().size(); i++) {
      dense.add(
          addChildBlock("dense" + i, Linear.builder().setUnits(spec.denseUnits().get(i)).build()));
      denseNorms.add(addChildBlock("dense" + i + "_bn", batchNorm()));
    }
    output =
        addChildBlock(
            "output", Linear.builder().setUnits(numClasses == 2 ? 1 : numClasses).build());
  }

  private BatchNorm batchNorm() {
    return BatchNorm.builder()
        .optMomentum((float) spec.batchNormMomentum())
        .optEpsilon((float) spec.batchNormEpsilon())
        .build();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    boolean wantAttention = params != null && params.contains(RETURN_ATTENTION);
    NDList pooled = new NDList(branches.size());
    NDList attention = new NDList();
    NDList convolved = firstLayer(store, x, training);
    for (int j = 0; j < branches.size(); j++) {
      Branch branch = branches.get(j);
      NDArray h = convolved.get(j);
      h = branch.norm().forward(store, new NDList(h), training).singletonOrThrow();
      h = dropout(h, spec.convDropout(), training, j);
      if (branch.attention() != null) {
        NDList out = branch.attention().forward(store, new NDList(h), training);
        pooled.add(out.get(0));
        if (wantAttention) {
          attention.add(out.get(1));
        }
      } else {
        pooled.add(h.max(new int[] {2}));
      }
    }
    NDArray z = pooled.size() == 1 ? pooled.get(0) : NDArrays.concat(pooled, 1);
    for (int i = 0; i < dense.size(); i++) {
      z = Activation.relu(dense.get(i).forward(store, new NDList(z), training).singletonOrThrow());
      z = denseNorms.get(i).forward(store, new NDList(z), training).singletonOrThrow();
      z = dropout(z, spec.denseDropouts().get(i), training, branches.size() + i);
    }
    NDList result = output.forward(store, new NDList(z), training);
    if (wantAttention) {
      result = new NDList(result.singletonOrThrow());
      result.addAll(attention);
    }
    return result;
  }

  /** Each branch's first-layer activations after ReLU, (N, filters, L), in inference mode. */
  NDList firstLayerActivations(ParameterStore store, NDArray x) {
    return firstLayer(store, x, false);
  }

  /**
   * Every branch's convolution followed by ReLU, (N, filters, L) each. Output position i of a
   * kernel of width k reads input positions i - k/2 ... i - k/2 + k - 1 (k/2 rounded down): a
   * centred convolution with padding k/2, cropped to L for even k.
   */
  private NDList firstLayer(ParameterStore store, NDArray x, boolean training) {
    if (training && branches.size() > 1) {
      return stackedFirstLayer(store, x);
    }
    long length = x.getShape().get(2);
    NDList out = new NDList(branches.size());
    for (Branch branch : branches) {
      NDArray h = branch.conv().forward(store, new NDList(x), training).singletonOrThrow();
      if (h.getShape().get(2) != length) {
        h = h.get(new NDIndex(":, :, :{}", length));
      }
      out.add(Activation.relu(h));
    }
    return out;
  }

  /**
   * {@link #firstLayer} for training, as ONE convolution: each branch's kernel zero-padded to a
   * common window, the kernels stacked along the filters. With 4 input channels the engine's weight
   * gradients are slow per call; one call with twice the multiply-adds (tutorial network) trains
   * the layer about 1.5 times faster than four, while for inference alone four calls are faster.
   * The parameters stay each branch's own (same model file, same gradients).
   */
  NDList stackedFirstLayer(ParameterStore store, NDArray x) {
    long length = x.getShape().get(2);
    int pad = 0;
    int reach = 0;
    for (Branch branch : branches) {
      pad = Math.max(pad, branch.kernel() / 2);
      reach = Math.max(reach, branch.kernel() - branch.kernel() / 2);
    }
    int window = pad + reach;
    Device device = x.getDevice();
    NDManager m = x.getManager();
    NDList weights = new NDList(branches.size());
    NDList biases = new NDList(branches.size());
    for (Branch branch : branches) {
      PairList<String, Parameter> params = branch.conv().getParameters();
      NDArray w = store.getValue(params.get("weight"), device, true);
      int left = pad - branch.kernel() / 2;
      int right = window - left - branch.kernel();
      NDList pieces = new NDList(3);
      Shape filters = new Shape(w.getShape().get(0), w.getShape().get(1));
      if (left > 0) {
        pieces.add(m.zeros(filters.add(left), w.getDataType(), device));
      }
      pieces.add(w);
      if (right > 0) {
        pieces.add(m.zeros(filters.add(right), w.getDataType(), device));
      }
      if (pieces.size() == 1) {
        weights.add(w);
      } else {
        NDArray padded = NDArrays.concat(pieces, 2);
        padded.attach(m); // see below
        weights.add(padded);
      }
      biases.add(store.getValue(params.get("bias"), device, true));
    }
    NDArray kernels = NDArrays.concat(weights, 0);
    NDArray bias = NDArrays.concat(biases, 0);
    // A result attaches to its first operand's manager; these would otherwise stay with the
    // parameters (and their computation graph) for the model's lifetime.
    kernels.attach(m);
    bias.attach(m);
    NDArray h =
        Conv1d.conv1d(x, kernels, bias, new Shape(1), new Shape(pad), new Shape(1), 1)
            .singletonOrThrow();
    if (h.getShape().get(2) != length) {
      h = h.get(new NDIndex(":, :, :{}", length));
    }
    // split, not one slice per branch: the gradient of a slice is a zero-filled array of the whole
    // stack, written once per branch (that was a quarter of a training step). ReLU after the split
    // gives each branch a contiguous map, which batch norm reads much faster than a strided view.
    NDList out = new NDList(branches.size());
    for (NDArray part : h.split(branches.size(), 1)) {
      out.add(Activation.relu(part));
    }
    return out;
  }

  /**
   * Each branch's blocks (convolution, batch norm, attention or null), for {@link EngineWeights}.
   */
  List<Branch> branches() {
    return branches;
  }

  List<Linear> denseLayers() {
    return dense;
  }

  List<BatchNorm> denseNorms() {
    return denseNorms;
  }

  Linear outputLayer() {
    return output;
  }

  /** Sets the dropout seed of the next training-mode forward passes ({@link DropoutMask}). */
  void dropoutStep(long stepSeed) {
    this.stepSeed = stepSeed;
  }

  private NDArray dropout(NDArray x, double rate, boolean training, int layer) {
    if (!training || rate <= 0) {
      return x;
    }
    return masks.apply(x, rate, DropoutMask.layerSeed(stepSeed, layer));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape in = inputShapes[0];
    long batch = in.get(0);
    long length = in.get(2);
    for (Branch branch : branches) {
      branch.conv().initialize(manager, dataType, in);
      Shape features = new Shape(batch, spec.filters(), length);
      branch.norm().initialize(manager, dataType, features);
      if (branch.attention() != null) {
        branch.attention().initialize(manager, dataType, features);
      }
    }
    long width = spec.pooledFeatures();
    for (int i = 0; i < dense.size(); i++) {
      dense.get(i).initialize(manager, dataType, new Shape(batch, width));
      width = spec.denseUnits().get(i);
      denseNorms.get(i).initialize(manager, dataType, new Shape(batch, width));
    }
    output.initialize(manager, dataType, new Shape(batch, width));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long batch = inputShapes[0].get(0);
    return output.getOutputShapes(
        new Shape[] {
          new Shape(
              batch,
              spec.denseUnits().isEmpty()
                  ? spec.pooledFeatures()
                  : spec.denseUnits().get(spec.denseUnits().size() - 1))
        });
  }
}
