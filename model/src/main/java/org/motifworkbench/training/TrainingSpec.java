package org.motifworkbench.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to train: Adam with a learning rate, batch size and epochs; early stopping on validation loss
 * (restoring the best weights) and reduce-learning-rate-on-plateau, as in the Keras tutorial.
 *
 * @param version format version of this record in JSON
 * @param epochs maximum number of passes over the training data
 * @param batchSize sequences per gradient step
 * @param learningRate Adam's initial learning rate
 * @param seed seed for weight initialisation, shuffling and dropout: same seed, same result on CPU
 * @param earlyStoppingPatience epochs without validation-loss improvement before stopping (0 = off)
 * @param plateauPatience epochs without improvement before the learning rate is reduced (0 = off)
 * @param plateauFactor factor the learning rate is multiplied by on a plateau
 * @param minLearningRate the learning rate is never reduced below this
 * @param classWeights "none" or "balanced" (each class weighted by n / (k * n_class))
 * @param reverseComplement randomly replace half the training sequences by their reverse complement
 *     each epoch (for signals that do not depend on strand)
 */
public record TrainingSpec(
    int version,
    int epochs,
    int batchSize,
    double learningRate,
    int seed,
    int earlyStoppingPatience,
    int plateauPatience,
    double plateauFactor,
    double minLearningRate,
    String classWeights,
    boolean reverseComplement) {

  public static final int CURRENT_VERSION = 1;

  /**
   * The tutorial's settings: 50 epochs, batch 64, Adam 1e-3, patience 10 and 5, one strand. The
   * command line and the app choose the strands from the data instead ({@code StrandDefault}: both,
   * unless the headers say every planted motif is on the forward strand).
   */
  public static TrainingSpec defaults() {
    return new TrainingSpec(CURRENT_VERSION, 50, 64, 1e-3, 42, 10, 5, 0.5, 1e-6, "none", false);
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return defaults().toBuilder();
  }

  /** A builder holding this spec's values, to change some of them by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  public TrainingSpec withReverseComplement(boolean on) {
    return toBuilder().optReverseComplement(on).build();
  }

  public TrainingSpec withEpochs(int n) {
    return toBuilder().optEpochs(n).build();
  }

  public TrainingSpec withSeed(int s) {
    return toBuilder().optSeed(s).build();
  }

  public TrainingSpec withBatchSize(int b) {
    return toBuilder().optBatchSize(b).build();
  }

  /** Problems in plain language; empty when training can start. */
  public List<String> validate() {
    return problemsBySetting().values().stream().flatMap(List::stream).distinct().toList();
  }

  /**
   * The same problems keyed by the setting they concern (the record component's name, e.g.
   * "epochs"), so a form can mark the input; a problem of two settings is under both. The allowed
   * values are those of {@link TrainingParameter}.
   */
  public Map<String, List<String>> problemsBySetting() {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    for (TrainingParameter p : TrainingParameter.values()) {
      String problem = p.problem(p.label(), p.valueIn(this));
      if (problem != null) {
        add(problems, problem, p.setting());
      }
    }
    if (!problems.containsKey("minLearningRate")
        && !problems.containsKey("learningRate")
        && minLearningRate > learningRate) {
      add(
          problems,
          "Minimum learning rate must be at most the learning rate (got "
              + minLearningRate
              + " and "
              + learningRate
              + ").",
          "minLearningRate",
          "learningRate");
    }
    if (version > CURRENT_VERSION) {
      add(
          problems,
          "These training settings come from a newer workbench (format "
              + version
              + "); please update the workbench.",
          "version");
    }
    return problems;
  }

  private static void add(Map<String, List<String>> problems, String message, String... settings) {
    for (String setting : settings) {
      problems.computeIfAbsent(setting, s -> new ArrayList<>()).add(message);
    }
  }

  /**
   * Changes a spec by setting name (DJL's {@code Conv1d.builder().opt...} style): a field added to
   * the record is added here once, and no caller rebuilds the record by position.
   */
  public static final class Builder {
    private int version;
    private int epochs;
    private int batchSize;
    private double learningRate;
    private int seed;
    private int earlyStoppingPatience;
    private int plateauPatience;
    private double plateauFactor;
    private double minLearningRate;
    private String classWeights;
    private boolean reverseComplement;

    private Builder(TrainingSpec from) {
      version = from.version;
      epochs = from.epochs;
      batchSize = from.batchSize;
      learningRate = from.learningRate;
      seed = from.seed;
      earlyStoppingPatience = from.earlyStoppingPatience;
      plateauPatience = from.plateauPatience;
      plateauFactor = from.plateauFactor;
      minLearningRate = from.minLearningRate;
      classWeights = from.classWeights;
      reverseComplement = from.reverseComplement;
    }

    public Builder optVersion(int version) {
      this.version = version;
      return this;
    }

    public Builder optEpochs(int epochs) {
      this.epochs = epochs;
      return this;
    }

    public Builder optBatchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    public Builder optLearningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    public Builder optSeed(int seed) {
      this.seed = seed;
      return this;
    }

    public Builder optEarlyStoppingPatience(int epochs) {
      this.earlyStoppingPatience = epochs;
      return this;
    }

    public Builder optPlateauPatience(int epochs) {
      this.plateauPatience = epochs;
      return this;
    }

    public Builder optPlateauFactor(double factor) {
      this.plateauFactor = factor;
      return this;
    }

    public Builder optMinLearningRate(double rate) {
      this.minLearningRate = rate;
      return this;
    }

    public Builder optClassWeights(String classWeights) {
      this.classWeights = classWeights;
      return this;
    }

    public Builder optReverseComplement(boolean on) {
      this.reverseComplement = on;
      return this;
    }

    /** The spec (not validated: {@link TrainingSpec#validate()} says what is out of range). */
    public TrainingSpec build() {
      return new TrainingSpec(
          version,
          epochs,
          batchSize,
          learningRate,
          seed,
          earlyStoppingPatience,
          plateauPatience,
          plateauFactor,
          minLearningRate,
          classWeights,
          reverseComplement);
    }
  }
}
