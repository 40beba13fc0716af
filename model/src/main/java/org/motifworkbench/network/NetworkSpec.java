package org.motifworkbench.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shape of the multi-scale attention CNN: parallel convolution branches (one per kernel size,
 * each conv -> ReLU -> batch norm -> dropout -> attention or max pooling), then dense layers with
 * batch norm and dropout, then the class output. Immutable; edited by the form, read from JSON,
 * kept in bundles.
 *
 * @param version format version of this record in JSON
 * @param kernelSizes width in bases of each branch's filters
 * @param filters number of filters per branch
 * @param convDropout dropout rate after each branch's batch norm
 * @param attention attention pooling (true) or plain global max pooling (false)
 * @param denseUnits sizes of the hidden dense layers
 * @param denseDropouts dropout rate after each hidden dense layer (same length as denseUnits)
 * @param batchNormMomentum weight of the old running statistics (Keras 0.99, PyTorch 0.9)
 * @param batchNormEpsilon added to the variance for stability (Keras 1e-3, PyTorch 1e-5)
 * @param initializer "pytorch" (uniform within 1/sqrt(fan-in), PyTorch's default), "he" (He-normal,
 *     DJL's default) or "glorot" (Glorot-uniform, Keras' default)
 */
public record NetworkSpec(
    int version,
    List<Integer> kernelSizes,
    int filters,
    double convDropout,
    boolean attention,
    List<Integer> denseUnits,
    List<Double> denseDropouts,
    double batchNormMomentum,
    double batchNormEpsilon,
    String initializer) {

  public static final int CURRENT_VERSION = 1;

  public NetworkSpec {
    kernelSizes = List.copyOf(kernelSizes);
    denseUnits = List.copyOf(denseUnits);
    denseDropouts = List.copyOf(denseDropouts);
  }

  /** Problems with this spec in plain language; empty when it can be built. */
  public List<String> validate() {
    return problemsBySetting().values().stream().flatMap(List::stream).distinct().toList();
  }

  /**
   * The same problems keyed by the setting they concern (the record component's name, e.g.
   * "filters"), so a form can mark the input; a problem of two settings is under both. The allowed
   * values are those of {@link NetworkParameter}.
   */
  public Map<String, List<String>> problemsBySetting() {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    if (kernelSizes.isEmpty()) {
      add(problems, "Give at least one kernel size (filter width in bases).", "kernelSizes");
    }
    for (NetworkParameter p : NetworkParameter.values()) {
      String problem = p.problem(p.label(), p.valueIn(this));
      if (problem != null) {
        add(problems, problem, p.setting());
      }
    }
    if (denseUnits.size() != denseDropouts.size()) {
      add(
          problems,
          "Give one dropout rate per dense layer ("
              + denseUnits.size()
              + " layers, "
              + denseDropouts.size()
              + " rates).",
          "denseUnits",
          "denseDropouts");
    }
    if (version > CURRENT_VERSION) {
      add(
          problems,
          "This network description is from a newer version of the workbench (format "
              + version
              + "); please update the workbench.",
          "version");
    }
    return problems;
  }

  /**
   * Problems with this spec for sequences of {@code inputLength} bases, in plain language; empty
   * when every kernel fits. A filter wider than the input would read mostly padding, so it is
   * refused rather than trained. Lengths below 1 are not checked here (the length's own check
   * reports them).
   */
  public List<String> problemsForInputLength(int inputLength) {
    if (inputLength < 1) {
      return List.of();
    }
    List<Integer> tooLong = kernelSizes.stream().filter(k -> k > inputLength).toList();
    if (tooLong.isEmpty()) {
      return List.of();
    }
    String sizes = tooLong.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return List.of(
        (tooLong.size() == 1 ? "Kernel size " + sizes + " is" : "Kernel sizes " + sizes + " are")
            + " longer than the input length of "
            + inputLength
            + " bases: use kernel"
            + " sizes of at most "
            + inputLength
            + ", or a longer input length.");
  }

  /** Number of features after the branches are concatenated. */
  public int pooledFeatures() {
    return kernelSizes.size() * filters;
  }

  /**
   * A builder for a new spec: kernel sizes and filters must be set; the rest defaults to one
   * convolution stage with attention pooling and no dropout, no dense layers, PyTorch's batch norm
   * (momentum 0.9, epsilon 1e-5) and PyTorch's initialisation.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values, to change some of them by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  public NetworkSpec withKernelSizes(List<Integer> sizes) {
    return toBuilder().setKernelSizes(sizes).build();
  }

  public NetworkSpec withAttention(boolean on) {
    return toBuilder().optAttention(on).build();
  }

  private static void add(Map<String, List<String>> problems, String message, String... settings) {
    for (String setting : settings) {
      problems.computeIfAbsent(setting, s -> new ArrayList<>()).add(message);
    }
  }

  /**
   * Builds a spec by setting name (DJL's {@code Conv1d.builder().set...opt...} style): a field
   * added to the record is added here once, and no caller builds the record by position.
   */
  public static final class Builder {
    private int version = CURRENT_VERSION;
    private List<Integer> kernelSizes;
    private Integer filters;
    private double convDropout = 0;
    private boolean attention = true;
    private List<Integer> denseUnits = List.of();
    private List<Double> denseDropouts = List.of();
    private double batchNormMomentum = 0.9;
    private double batchNormEpsilon = 1e-5;
    private String initializer = "pytorch";

    private Builder() {}

    private Builder(NetworkSpec from) {
      version = from.version;
      kernelSizes = from.kernelSizes;
      filters = from.filters;
      convDropout = from.convDropout;
      attention = from.attention;
      denseUnits = from.denseUnits;
      denseDropouts = from.denseDropouts;
      batchNormMomentum = from.batchNormMomentum;
      batchNormEpsilon = from.batchNormEpsilon;
      initializer = from.initializer;
    }

    public Builder optVersion(int version) {
      this.version = version;
      return this;
    }

    public Builder setKernelSizes(List<Integer> sizes) {
      this.kernelSizes = sizes;
      return this;
    }

    public Builder setFilters(int filters) {
      this.filters = filters;
      return this;
    }

    public Builder optConvDropout(double rate) {
      this.convDropout = rate;
      return this;
    }

    public Builder optAttention(boolean on) {
      this.attention = on;
      return this;
    }

    public Builder optDenseUnits(List<Integer> units) {
      this.denseUnits = units;
      return this;
    }

    public Builder optDenseDropouts(List<Double> rates) {
      this.denseDropouts = rates;
      return this;
    }

    /** Hidden dense layers of these sizes, each followed by dropout at its rate. */
    public Builder optDenseLayers(List<Integer> units, List<Double> dropouts) {
      return optDenseUnits(units).optDenseDropouts(dropouts);
    }

    public Builder optBatchNormMomentum(double momentum) {
      this.batchNormMomentum = momentum;
      return this;
    }

    public Builder optBatchNormEpsilon(double epsilon) {
      this.batchNormEpsilon = epsilon;
      return this;
    }

    public Builder optInitializer(String initializer) {
      this.initializer = initializer;
      return this;
    }

    /**
     * The spec (not validated: {@link NetworkSpec#validate()} says what is out of range).
     *
     * @throws IllegalStateException when kernel sizes or filters were not set
     */
    public NetworkSpec build() {
      if (kernelSizes == null || filters == null) {
        throw new IllegalStateException("a network spec needs kernel sizes and filters");
      }
      return new NetworkSpec(
          version,
          kernelSizes,
          filters,
          convDropout,
          attention,
          denseUnits,
          denseDropouts,
          batchNormMomentum,
          batchNormEpsilon,
          initializer);
    }
  }
}
