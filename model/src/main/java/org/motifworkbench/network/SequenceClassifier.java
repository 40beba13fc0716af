package org.motifworkbench.network;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.motifworkbench.encoding.OneHotEncoder;
import org.motifworkbench.encoding.ReverseComplement;

/**
 * A DNA sequence classifier: the network, its class names and its input length. Predicts class
 * probabilities for sequences already fitted to the input length; saves and loads its parameters.
 * Not thread-safe: use one thread at a time.
 */
public final class SequenceClassifier implements AutoCloseable {

  private final NetworkSpec spec;
  private final List<String> classNames;
  private final int inputLength;
  private final Model model;
  private final MultiScaleAttentionNet net;
  private final Optional<Backend> requested;

  /** Who computes: chosen once, when the parameters exist ({@link #openCompute}). */
  private ComputeBackend compute;

  /** The engine on the same parameters, for what the chosen back end does not compute. */
  private EngineBackend engine;

  /** The Java kernels on the same parameters, or null where they cannot run. */
  private ComputeBackend kernels;

  /** Encoded input, reused between batches. */
  private float[] encoded = new float[0];

  private final InputStaging staging = new InputStaging();

  private SequenceClassifier(
      NetworkSpec spec,
      List<String> classNames,
      int inputLength,
      String device,
      Optional<Backend> requested) {
    List<String> problems = spec.validate();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    if (classNames.size() < 2) {
      throw new IllegalArgumentException("A classifier needs at least two classes.");
    }
    DjlRuntime.start();
    this.spec = spec;
    this.classNames = List.copyOf(classNames);
    this.inputLength = inputLength;
    this.requested = requested;
    this.net = new MultiScaleAttentionNet(spec, classNames.size());
    this.model =
        Model.newInstance(
            "motif-workbench", device == null ? null : Device.fromName(device), DjlRuntime.ENGINE);
    model.setBlock(net);
  }

  /**
   * A new classifier with freshly initialised weights; the seed makes initialisation repeatable.
   */
  public static SequenceClassifier create(
      NetworkSpec spec, List<String> classNames, int inputLength, int seed) {
    return create(spec, classNames, inputLength, seed, null);
  }

  /**
   * As {@link #create(NetworkSpec, List, int, int)}, on a chosen device.
   *
   * @param device "cpu", "gpu(0)", ... (see {@link EngineStatus#devices()}), or null for the
   *     engine's default (the first GPU when there is one)
   */
  public static SequenceClassifier create(
      NetworkSpec spec, List<String> classNames, int inputLength, int seed, String device) {
    return create(spec, classNames, inputLength, seed, device, Backend.requested());
  }

  /**
   * As {@link #create(NetworkSpec, List, int, int, String)}, computed by {@code backend} (empty:
   * chosen by {@link Backend#choose}).
   *
   * @throws IllegalArgumentException when the requested back end cannot compute this model
   */
  public static SequenceClassifier create(
      NetworkSpec spec,
      List<String> classNames,
      int inputLength,
      int seed,
      String device,
      Optional<Backend> backend) {
    SequenceClassifier c = new SequenceClassifier(spec, classNames, inputLength, device, backend);
    DjlRuntime.engine().setRandomSeed(seed);
    c.net.setInitializer(weightInitializer(spec), Parameter.Type.WEIGHT);
    c.net.initialize(c.model.getNDManager(), DataType.FLOAT32, c.inputShape(1));
    c.openCompute();
    return c;
  }

  /** A classifier whose parameters are read from a stream written by {@link #saveParameters}. */
  public static SequenceClassifier load(
      NetworkSpec spec, List<String> classNames, int inputLength, InputStream parameters)
      throws IOException {
    return load(spec, classNames, inputLength, parameters, Backend.requested());
  }

  /**
   * As {@link #load(NetworkSpec, List, int, InputStream)}, computed by {@code backend} (empty:
   * chosen by {@link Backend#choose}).
   */
  public static SequenceClassifier load(
      NetworkSpec spec,
      List<String> classNames,
      int inputLength,
      InputStream parameters,
      Optional<Backend> backend)
      throws IOException {
    SequenceClassifier c = new SequenceClassifier(spec, classNames, inputLength, null, backend);
    c.net.initialize(c.model.getNDManager(), DataType.FLOAT32, c.inputShape(1));
    Map<String, Shape> expected = c.parameterShapes();
    String problem;
    Exception cause = null;
    try {
      c.net.loadParameters(c.model.getNDManager(), new DataInputStream(parameters));
      // DJL takes each stored array's shape as it comes: check them, or 16-filter weights under a
      // description of 32 filters would load and predict wrong numbers
      problem = mismatch(expected, c.parameterShapes());
      if (problem == null && parameters.read() != -1) {
        problem = "more data is stored than the network holds";
      }
    } catch (java.io.EOFException e) {
      problem = "the stored weights end early";
      cause = e;
    } catch (MalformedModelException | IOException | RuntimeException e) {
      problem = "the stored arrays are not those of the network described: " + e.getMessage();
      cause = e;
    }
    if (problem != null) {
      c.close();
      throw new IOException(
          "The model parameters do not match the network description (" + problem + ").", cause);
    }
    c.openCompute();
    return c;
  }

  /**
   * Chooses and opens the back end once the parameters exist; they are detached from gradient
   * tracking, so prediction computes as for a model loaded from a file and input gradients leave
   * the weights untouched.
   */
  private void openCompute() {
    net.getParameters().forEach(p -> p.getValue().getArray().setRequiresGradient(false));
    String device = device();
    Backend chosen;
    try {
      chosen = Backend.choose(requested, spec, device);
    } catch (IllegalArgumentException e) {
      close();
      throw e;
    }
    WeightStore store =
        new WeightStore() {
          @Override
          public NetworkWeights read() {
            return weights();
          }

          @Override
          public void write(NetworkWeights weights) {
            EngineWeights.write(net, weights);
          }
        };
    int threads = DjlRuntime.cpuThreads();
    // one instance of the Java kernels when they can run here: they compute the model when chosen,
    // and recalibrate batch norm for the engine too (arithmetic on the weights, on any device)
    kernels =
        Backend.JAVA_KERNELS.supports(spec, "cpu")
            ? Backend.javaKernels()
                .orElseThrow()
                .open(spec, numClasses(), inputLength, store, threads)
            : null;
    engine = new EngineBackend(model, net, numClasses(), inputLength, kernels);
    compute = chosen == Backend.ENGINE ? engine : kernels;
  }

  /** Who computes prediction and training for this model. */
  public Backend backend() {
    return compute.backend();
  }

  /** Who computes input gradients for explanations: the chosen back end, or the engine. */
  public Backend explanationBackend() {
    return compute.computesInputGradients() ? compute.backend() : Backend.ENGINE;
  }

  /** A copy of every parameter and batch-norm running statistic. */
  public NetworkWeights weights() {
    return EngineWeights.read(net, spec, numClasses());
  }

  /** Replaces every parameter and running statistic (e.g. with the best epoch's copy). */
  public void setWeights(NetworkWeights weights) {
    EngineWeights.write(net, weights);
    weightsChanged();
  }

  /** The number of weights and statistics the network holds. */
  public long parameterCount() {
    return parameterShapes().values().stream().mapToLong(Shape::size).sum();
  }

  private Map<String, Shape> parameterShapes() {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    net.getParameters().forEach(p -> shapes.put(p.getKey(), p.getValue().getArray().getShape()));
    return shapes;
  }

  private static String mismatch(Map<String, Shape> expected, Map<String, Shape> stored) {
    for (Map.Entry<String, Shape> e : expected.entrySet()) {
      Shape found = stored.get(e.getKey());
      if (!e.getValue().equals(found)) {
        return "the stored array '"
            + e.getKey()
            + "' has shape "
            + found
            + ", the network described needs "
            + e.getValue();
      }
    }
    return null;
  }

  static Initializer weightInitializer(NetworkSpec spec) {
    return switch (spec.initializer()) {
      case "glorot" ->
          new XavierInitializer(
              XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.AVG, 3);
      case "pytorch" ->
          new XavierInitializer(
              XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.IN, 1);
      default ->
          new XavierInitializer(
              XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.IN, 2);
    };
  }

  /** The device the model runs on, e.g. "cpu" or "gpu(0)". */
  public String device() {
    Device d = model.getNDManager().getDevice();
    return d.isGpu() ? "gpu(" + d.getDeviceId() + ")" : "cpu";
  }

  /**
   * Starts training on the chosen back end, in steps of up to {@code maxBatch} sequences; the
   * steps' {@link TrainingSteps#writeBack} puts the trained parameters here.
   */
  public TrainingSteps startTraining(int maxBatch) {
    return compute.startTraining(maxBatch);
  }

  /**
   * Gradients of each sequence's class score with respect to its one-hot input, in inference mode
   * (see {@link ComputeBackend#inputGradients}); sequences fitted to the input length.
   */
  public ComputeBackend.InputGradients inputGradients(float[] encoded, int n, int classIndex) {
    return (compute.computesInputGradients() ? compute : engine)
        .inputGradients(encoded, n, classIndex);
  }

  /**
   * Input gradients summed along the straight path from {@code baseline} to {@code input}, for
   * integrated gradients (see {@link ComputeBackend#pathGradientSum}).
   */
  public float[] pathGradientSum(float[] input, float[] baseline, int steps, int classIndex) {
    return (compute.computesInputGradients() ? compute : engine)
        .pathGradientSum(input, baseline, steps, classIndex);
  }

  /**
   * The class score of every single-base substitution of one encoded sequence, for in-silico
   * mutagenesis (see {@link ComputeBackend#substitutionScores}).
   */
  public ComputeBackend.Substitutions substitutionScores(float[] input, int classIndex) {
    return compute.substitutionScores(input, classIndex);
  }

  public void saveParameters(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    net.saveParameters(data);
    data.flush();
  }

  public NetworkSpec spec() {
    return spec;
  }

  public List<String> classNames() {
    return classNames;
  }

  public int inputLength() {
    return inputLength;
  }

  public int numClasses() {
    return classNames.size();
  }

  /** The engine's network (for this package's tests). */
  MultiScaleAttentionNet block() {
    return net;
  }

  /** The engine's model (for this package's tests). */
  Model djlModel() {
    return model;
  }

  private Shape inputShape(int batch) {
    return new Shape(batch, 4, inputLength);
  }

  /** One-hot encodes sequences (already fitted to the input length) into one (N, 4, L) array. */
  private NDArray encode(NDManager manager, List<String> sequences) {
    float[] buffer = oneHot(sequences, new float[0]);
    return staging.create(manager, buffer, inputShape(sequences.size()));
  }

  /**
   * One-hot (N, 4, L) of sequences fitted to the input length, written into {@code buffer} when it
   * is long enough (its later values are left as they are), else into a new array.
   */
  public float[] oneHot(List<String> sequences, float[] buffer) {
    int stride = 4 * inputLength;
    float[] out =
        buffer.length < sequences.size() * stride ? new float[sequences.size() * stride] : buffer;
    for (int i = 0; i < sequences.size(); i++) {
      OneHotEncoder.encode(sequences.get(i), out, i * stride, inputLength);
    }
    return out;
  }

  /**
   * Probabilities for each sequence, computed in inference mode in batches of {@code batchSize}.
   */
  public float[][] predict(List<String> sequences, int batchSize) {
    float[] flat = probabilitiesOf(logits(sequences, batchSize));
    int k = numClasses();
    float[][] out = new float[sequences.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = Arrays.copyOfRange(flat, i * k, (i + 1) * k);
    }
    return out;
  }

  /**
   * Probabilities averaged over both strands: each sequence and its reverse complement are
   * predicted and their probabilities averaged, so a sequence and its reverse complement get the
   * same answer (for a model trained on both strands, a signal that reads the same either way).
   */
  public float[][] predictBothStrands(List<String> sequences, int batchSize) {
    float[][] forward = predict(sequences, batchSize);
    float[][] reverse = predict(sequences.stream().map(ReverseComplement::of).toList(), batchSize);
    for (int i = 0; i < forward.length; i++) {
      for (int c = 0; c < forward[i].length; c++) {
        forward[i][c] = (forward[i][c] + reverse[i][c]) / 2;
      }
    }
    return forward;
  }

  /**
   * Logits in inference mode, (N, 1) for two classes or (N, k), flattened; computed in batches of
   * {@code batchSize}.
   */
  public float[] logits(List<String> sequences, int batchSize) {
    int outputs = numClasses() == 2 ? 1 : numClasses();
    float[] out = new float[sequences.size() * outputs];
    for (int start = 0; start < sequences.size(); start += batchSize) {
      List<String> batch = sequences.subList(start, Math.min(sequences.size(), start + batchSize));
      encoded = oneHot(batch, encoded);
      float[] logits = compute.logits(encoded, batch.size());
      System.arraycopy(logits, 0, out, start * outputs, batch.size() * outputs);
    }
    return out;
  }

  /**
   * Logits of windows of the input length along a stretch of bases (IUPAC codes as {@link
   * OneHotEncoder} reads them, lower case included): window i starts at {@code first + i * step}, i
   * = 0 ... count - 1; (count, outputs) flattened, outputs 1 for two classes (the sigmoid logit) or
   * the number of classes. {@code shared} lets the back end compute the convolutions once along the
   * stretch (see {@link ComputeBackend#windowLogits}); false scores each window alone, equal to
   * {@link #logits} of the windows cut out.
   */
  public float[] windowLogits(CharSequence bases, int first, int count, int step, boolean shared) {
    int m = bases.length();
    ComputeBackend.Windows windows = new ComputeBackend.Windows(m, inputLength, first, count, step);
    if (count == 0) {
      return new float[0];
    }
    float[] stretch = new float[4 * m];
    OneHotEncoder.encode(bases, stretch, 0, m);
    return compute.windowLogits(stretch, windows, shared);
  }

  /**
   * Class probabilities (rows sum to 1) from flattened logits: sigmoid for two classes, softmax
   * otherwise; (N, k) flattened.
   */
  private float[] probabilitiesOf(float[] logits) {
    int k = numClasses();
    if (k == 2) {
      float[] out = new float[logits.length * 2];
      for (int i = 0; i < logits.length; i++) {
        float positive = (float) (1 / (1 + Math.exp(-logits[i])));
        out[2 * i] = 1 - positive;
        out[2 * i + 1] = positive;
      }
      return out;
    }
    float[] out = new float[logits.length];
    for (int i = 0; i < logits.length; i += k) {
      float max = Float.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        max = Math.max(max, logits[i + c]);
      }
      double sum = 0;
      for (int c = 0; c < k; c++) {
        out[i + c] = (float) Math.exp(logits[i + c] - max);
        sum += out[i + c];
      }
      for (int c = 0; c < k; c++) {
        out[i + c] = (float) (out[i + c] / sum);
      }
    }
    return out;
  }

  /**
   * Recomputes every batch norm's running statistics from {@code sequences} (fitted to the input
   * length) in inference mode, layer by layer, so that prediction normalises with the statistics of
   * the network as it is now instead of a lagging average over training steps (decision record
   * 0007). Computed by the Java kernels whichever device the model is on; without the vector module
   * nothing changes and the result is empty.
   *
   * @return per layer, how far the old statistics were from the new ones
   */
  public List<NormShift> calibrateBatchNorm(List<String> sequences) {
    if (sequences.size() < 2) {
      return List.of();
    }
    List<NormShift> shifts = compute.calibrate(oneHot(sequences, new float[0]), sequences.size());
    weightsChanged();
    return shifts;
  }

  /** Call after the network's parameters were changed in place: prediction reads them afresh. */
  public void weightsChanged() {
    if (compute != null) {
      compute.weightsChanged();
    }
  }

  /**
   * First-layer filter activations (after ReLU) of each branch for sequences of the input length:
   * one array per branch, laid out [sequence][filter][position]. Output position i of a filter of
   * width k reads input bases i - k/2 ... i - k/2 + k - 1.
   */
  public List<float[]> filterActivations(List<String> sequences) {
    encoded = oneHot(sequences, encoded);
    Optional<List<float[]>> computed = compute.filterActivations(encoded, sequences.size());
    if (computed.isPresent()) {
      return computed.get();
    }
    ParameterStore store = new ParameterStore(model.getNDManager(), false);
    try (NDManager m = model.getNDManager().newSubManager()) {
      NDList out = net.firstLayerActivations(store, encode(m, sequences));
      List<float[]> result = new ArrayList<>(out.size());
      out.forEach(a -> result.add(a.toFloatArray()));
      return result;
    }
  }

  /** Probabilities and per-branch attention weights for one sequence. */
  public Explained predictWithAttention(String sequence) {
    ParameterStore store = new ParameterStore(model.getNDManager(), false);
    try (NDManager m = model.getNDManager().newSubManager()) {
      NDArray x = encode(m, List.of(sequence));
      PairList<String, Object> params = new PairList<>();
      params.add(MultiScaleAttentionNet.RETURN_ATTENTION, true);
      NDList out = net.forward(store, new NDList(x), false, params);
      float[] probs = probabilitiesOf(out.get(0).toFloatArray());
      List<float[]> attention = new ArrayList<>();
      for (int i = 1; i < out.size(); i++) {
        attention.add(out.get(i).toFloatArray());
      }
      return new Explained(probs, spec.kernelSizes(), attention);
    }
  }

  /**
   * Probabilities of one sequence and the attention weights of each branch (empty without
   * attention).
   */
  public record Explained(
      float[] probabilities, List<Integer> kernelSizes, List<float[]> attention) {}

  @Override
  public void close() {
    if (kernels != null) {
      kernels.close();
    }
    if (engine != null) {
      engine.close();
    }
    model.close();
  }
}
