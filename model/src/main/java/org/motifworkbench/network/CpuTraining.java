package org.motifworkbench.network;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
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
    transfer(net, cpu, classifier.spec(), true);
  }

  /**
   * Whether CPU models train and predict in Java in this JVM (the vector module is present and
   * {@code mwb.kernels} is not {@code engine}).
   */
  public static boolean available() {
    return VECTOR_API && !"engine".equalsIgnoreCase(System.getProperty(KERNELS_PROPERTY, "java"));
  }

  /** Whether the JVM has the vector module the Java kernels compute with. */
  static boolean vectorModule() {
    return VECTOR_API;
  }

  /** Whether the classifier trains here: it runs on the CPU and the engine was not asked for. */
  public static boolean suits(SequenceClassifier classifier) {
    return available() && "cpu".equals(classifier.device());
  }

  /** CPU training for batches of up to {@code maxBatch} sequences, on the engine's thread count. */
  public static CpuTraining of(SequenceClassifier classifier, int maxBatch) {
    return new CpuTraining(classifier, maxBatch, DjlRuntime.cpuThreads());
  }

  /**
   * One Adam step on sequences of the input length; returns the batch's weighted mean loss.
   * {@link #logits()} then holds the batch's training-mode logits.
   */
  public double step(List<String> sequences, int[] labels, float[] classWeights,
      double learningRate, long dropoutSeed) {
    int n = sequences.size();
    int stride = 4 * classifier.inputLength();
    for (int i = 0; i < n; i++) {
      OneHotEncoder.encode(sequences.get(i), encoded, i * stride, classifier.inputLength());
    }
    return cpu.step(encoded, n, labels, classWeights, (float) learningRate, dropoutSeed);
  }

  /**
   * The last step's logits, (n, 1) for two classes or (n, k), flattened; the array is reused (and
   * longer than n rows).
   */
  public float[] logits() {
    return cpu.logits();
  }

  /** Writes the current parameters and batch-norm statistics into the classifier's network. */
  public void writeBack() {
    transfer(net, cpu, classifier.spec(), false);
    classifier.weightsChanged();
  }

  /** A CPU network holding a copy of the classifier's parameters (for inference). */
  static CpuNetwork copyOf(SequenceClassifier classifier) {
    CpuNetwork cpu = new CpuNetwork(classifier.spec(), classifier.numClasses(),
        classifier.inputLength(), 2, 1);
    transfer((MultiScaleAttentionNet) classifier.block(), cpu, classifier.spec(), true);
    return cpu;
  }

  /** Writes a CPU network's parameters and running statistics into the classifier's network. */
  static void writeInto(SequenceClassifier classifier, CpuNetwork cpu) {
    transfer((MultiScaleAttentionNet) classifier.block(), cpu, classifier.spec(), false);
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
      // the engine keeps convolution weights as [f][c][k], the CPU network as [k][c][f]
      float[] djlOrder = new float[f * 4 * k];
      if (!in) {
        reorderConvolution(p.convWeight.value, djlOrder, f, fp, k, false);
      }
      copy(b.conv(), "weight", djlOrder, in);
      if (in) {
        reorderConvolution(p.convWeight.value, djlOrder, f, fp, k, true);
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

  /**
   * Between the CPU network's [k][c][fp] (filters padded to fp) and the engine's [f][c][k]:
   * {@code intoCpu} copies engine to CPU, else CPU to engine.
   */
  private static void reorderConvolution(float[] cpu, float[] engine, int f, int fp, int k,
      boolean intoCpu) {
    for (int fi = 0; fi < f; fi++) {
      for (int c = 0; c < 4; c++) {
        for (int ki = 0; ki < k; ki++) {
          int e = (fi * 4 + c) * k + ki;
          int o = (ki * 4 + c) * fp + fi;
          if (intoCpu) {
            cpu[o] = engine[e];
          } else {
            engine[e] = cpu[o];
          }
        }
      }
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
      EngineArrays.overwrite(array, values);
    }
  }

  @Override
  public void close() {
    cpu.close();
  }
}
