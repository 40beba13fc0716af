package org.motifworkbench.network;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.nio.FloatBuffer;
import java.util.List;
import org.motifworkbench.encoding.OneHotEncoder;

/**
 * Training steps of a classifier computed by {@link CpuNetwork} (Java on the CPU) instead of the
 * engine: a tutorial-network epoch in a quarter of PyTorch's time on two cores. The classifier's
 * parameters are copied in when this is created and written back by {@link #writeBack()} (before
 * validation, snapshots and at the end of training); in between they live here.
 *
 * <p>Used for CPU models unless the system property {@code mwb.kernels} is {@code engine} or the
 * JVM lacks the vector module; a GPU model always trains on the engine.
 */
public final class CpuTraining implements AutoCloseable {

  /**
   * System property choosing who computes training and prediction on CPUs: {@code java} (default)
   * or {@code engine}.
   */
  public static final String KERNELS_PROPERTY = "mwb.kernels";

  /**
   * Whether the JVM was started with {@code --add-modules=jdk.incubator.vector} (all launchers and
   * the tests do); without it training runs on the engine.
   */
  private static final boolean VECTOR_API =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private final SequenceClassifier classifier;
  private final MultiScaleAttentionNet net;
  private final CpuNetwork cpu;
  private final float[] encoded;

  private CpuTraining(SequenceClassifier classifier, int maxBatch, int threads) {
    this.classifier = classifier;
    this.net = (MultiScaleAttentionNet) classifier.block();
    this.cpu = new CpuNetwork(classifier.spec(), classifier.numClasses(),
        classifier.inputLength(), maxBatch, threads);
    this.encoded = new float[maxBatch * 4 * classifier.inputLength()];
    copyIn();
  }

  /**
   * Whether CPU models train and predict in Java in this JVM (the vector module is present and
   * {@code mwb.kernels} is not {@code engine}).
   */
  public static boolean available() {
    return VECTOR_API && !"engine".equalsIgnoreCase(System.getProperty(KERNELS_PROPERTY, "java"));
  }

  /** Whether the classifier trains here: it runs on the CPU and the engine was not asked for. */
  public static boolean suits(SequenceClassifier classifier) {
    return available() && "cpu".equals(classifier.device());
  }

  /** CPU training for batches of up to {@code maxBatch} sequences, on the engine's thread count. */
  public static CpuTraining of(SequenceClassifier classifier, int maxBatch) {
    return new CpuTraining(classifier, maxBatch, DjlRuntime.cpuThreads());
  }

  static CpuTraining of(SequenceClassifier classifier, int maxBatch, int threads) {
    return new CpuTraining(classifier, maxBatch, threads);
  }

  /**
   * One Adam step on sequences of the input length; returns the batch's weighted mean loss and
   * accuracy (from the training-mode logits), as {loss, accuracy}.
   */
  public double[] step(List<String> sequences, int[] labels, float[] classWeights,
      double learningRate, long dropoutSeed) {
    int n = sequences.size();
    int stride = 4 * classifier.inputLength();
    for (int i = 0; i < n; i++) {
      OneHotEncoder.encode(sequences.get(i), encoded, i * stride, classifier.inputLength());
    }
    double loss = cpu.step(encoded, n, labels, classWeights, (float) learningRate, dropoutSeed);
    float[] logits = cpu.logits();
    int correct = 0;
    for (int i = 0; i < n; i++) {
      int predicted;
      if (cpu.outputs == 1) {
        predicted = logits[i] > 0 ? 1 : 0;
      } else {
        predicted = 0;
        for (int c = 1; c < cpu.outputs; c++) {
          if (logits[i * cpu.outputs + c] > logits[i * cpu.outputs + predicted]) {
            predicted = c;
          }
        }
      }
      correct += predicted == labels[i] ? 1 : 0;
    }
    return new double[] {loss, (double) correct / n};
  }

  /** Writes the current parameters and batch-norm statistics into the classifier's network. */
  public void writeBack() {
    transfer(false);
    classifier.weightsChanged();
  }

  private void copyIn() {
    transfer(net, cpu, classifier.spec(), true);
  }

  private void transfer(boolean in) {
    transfer(net, cpu, classifier.spec(), in);
  }

  /** A CPU network holding a copy of the classifier's parameters (for inference). */
  static CpuNetwork copyOf(SequenceClassifier classifier) {
    CpuNetwork cpu = new CpuNetwork(classifier.spec(), classifier.numClasses(),
        classifier.inputLength(), 2, 1);
    transfer((MultiScaleAttentionNet) classifier.block(), cpu, classifier.spec(), true);
    return cpu;
  }

  /** Copies every parameter and running statistic between the engine's network and cpu. */
  private static void transfer(MultiScaleAttentionNet net, CpuNetwork cpu, NetworkSpec spec,
      boolean in) {
    List<MultiScaleAttentionNet.Branch> branches = net.branches();
    for (int j = 0; j < branches.size(); j++) {
      MultiScaleAttentionNet.Branch b = branches.get(j);
      CpuNetwork.BranchParams p = cpu.branches.get(j);
      int f = spec.filters();
      int fp = cpu.paddedFilters();
      int k = b.kernel();
      float[] djlOrder = new float[f * 4 * k];
      if (!in) {
        for (int fi = 0; fi < f; fi++) {
          for (int c = 0; c < 4; c++) {
            for (int ki = 0; ki < k; ki++) {
              djlOrder[(fi * 4 + c) * k + ki] = p.convWeight.value[(ki * 4 + c) * fp + fi];
            }
          }
        }
      }
      copy(b.conv(), "weight", djlOrder, in);
      if (in) {
        for (int fi = 0; fi < f; fi++) {
          for (int c = 0; c < 4; c++) {
            for (int ki = 0; ki < k; ki++) {
              p.convWeight.value[(ki * 4 + c) * fp + fi] = djlOrder[(fi * 4 + c) * k + ki];
            }
          }
        }
      }
      copy(b.conv(), "bias", p.convBias.value, in);
      copyNorm(b.norm(), p.gamma.value, p.beta.value, p.runningMean, p.runningVar, in);
      if (b.attention() != null) {
        copy(b.attention(), "weight", p.attentionWeight.value, in);
        copy(b.attention(), "bias", p.attentionBias.value, in);
      }
    }
    for (int i = 0; i < cpu.dense.size(); i++) {
      CpuNetwork.DenseParams d = cpu.dense.get(i);
      copy(net.denseLayers().get(i), "weight", d.weight.value, in);
      copy(net.denseLayers().get(i), "bias", d.bias.value, in);
      copyNorm(net.denseNorms().get(i), d.gamma.value, d.beta.value, d.runningMean,
          d.runningVar, in);
    }
    copy(net.outputLayer(), "weight", cpu.outWeight.value, in);
    copy(net.outputLayer(), "bias", cpu.outBias.value, in);
    if (in) {
      cpu.weightsChanged();
    }
  }

  private static void copyNorm(Block norm, float[] gamma, float[] beta, float[] mean, float[] var,
      boolean in) {
    copy(norm, "gamma", gamma, in);
    copy(norm, "beta", beta, in);
    copy(norm, "runningMean", mean, in);
    copy(norm, "runningVar", var, in);
  }

  /**
   * Copies a parameter into or out of {@code values}; its first values match the parameter (the
   * CPU network's branch arrays are longer: padded to whole vectors).
   */
  private static void copy(Block block, String name, float[] values, boolean in) {
    Parameter parameter = block.getParameters().get(name);
    NDArray array = parameter.getArray();
    int size = Math.toIntExact(array.getShape().size());
    if (size > values.length) {
      throw new IllegalStateException("parameter " + name + " has " + size
          + " values, expected at most " + values.length);
    }
    if (in) {
      float[] from = array.toFloatArray();
      System.arraycopy(from, 0, values, 0, size);
    } else {
      array.set(FloatBuffer.wrap(values, 0, size));
    }
  }

  @Override
  public void close() {
    cpu.close();
  }
}
