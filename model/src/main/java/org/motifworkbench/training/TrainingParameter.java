package org.motifworkbench.training;

import java.util.List;
import java.util.function.Function;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.setting.Range;

/**
 * Every training setting described once (see {@link Parameter}): the Model form's labels, tooltips
 * and marks, {@code mwb train}'s option help and range checks, and {@link
 * TrainingSpec#problemsBySetting()} all read these, so they cannot disagree.
 */
// Range is a record of final values and each accessor a stateless method reference: immutable in
// fact, though neither is annotated @Immutable.
@SuppressWarnings("ImmutableEnumChecker")
public enum TrainingParameter implements Parameter {
  EPOCHS(
      "epochs",
      "--epochs",
      "Epochs",
      "passes, at most",
      "How many times training goes through all training sequences, at most; early stopping may"
          + " end it sooner.",
      Range.between(1, 10_000),
      null,
      TrainingSpec::epochs),
  BATCH_SIZE(
      "batchSize",
      "--batch-size",
      "Batch size",
      "sequences",
      "Sequences per learning step. Larger batches make an epoch faster but need more memory.",
      Range.between(2, 8192),
      "batch norm needs at least 2 sequences per batch",
      TrainingSpec::batchSize),
  LEARNING_RATE(
      "learningRate",
      "--lr",
      "Learning rate",
      "Adam step",
      "Step size of the optimiser. Too high and the loss jumps around; too low and learning is"
          + " slow. 0.001 is a good start.",
      Range.aboveAtMost(0, 1),
      null,
      TrainingSpec::learningRate),
  SEED(
      "seed",
      "--seed",
      "Random seed",
      "any whole number",
      "Fixes the random start, the shuffling and the data split: the same seed gives the same"
          + " result on the same computer.",
      Range.ANY,
      null,
      TrainingSpec::seed),
  EARLY_STOPPING_PATIENCE(
      "earlyStoppingPatience",
      "--patience",
      "Early-stopping patience",
      "epochs, 0 = off",
      "Stop when the validation loss has not improved for this many epochs. The model keeps the"
          + " weights of its best epoch. 0 turns it off.",
      Range.atLeast(0),
      null,
      TrainingSpec::earlyStoppingPatience),
  PLATEAU_PATIENCE(
      "plateauPatience",
      "--plateau-patience",
      "Plateau patience",
      "epochs, 0 = off",
      "Lower the learning rate when the validation loss has not improved for this many epochs."
          + " 0 turns it off.",
      Range.atLeast(0),
      null,
      TrainingSpec::plateauPatience),
  PLATEAU_FACTOR(
      "plateauFactor",
      "--plateau-factor",
      "Plateau factor",
      "\u00d7 learning rate",
      "The learning rate is multiplied by this on a plateau: 0.5 halves it.",
      Range.aboveBelow(0, 1),
      null,
      TrainingSpec::plateauFactor),
  MIN_LEARNING_RATE(
      "minLearningRate",
      "--min-lr",
      "Minimum learning rate",
      "",
      "The learning rate is never lowered below this; it cannot be above the learning" + " rate.",
      Range.between(0, 1),
      null,
      TrainingSpec::minLearningRate),
  CLASS_WEIGHTS(
      "classWeights",
      "--class-weights",
      "Class weights",
      "",
      "Balanced makes every class count the same in the loss, so a rare class is not ignored.",
      Range.oneOf(List.of("none", "balanced")),
      null,
      TrainingSpec::classWeights),
  REVERSE_COMPLEMENT(
      "reverseComplement",
      "--rc-augment",
      "Reverse complement",
      "",
      "Each epoch, flip half the training sequences to the other strand. Use it when the signal"
          + " can sit on either strand.",
      Range.ON_OFF,
      null,
      TrainingSpec::reverseComplement);

  /** What the default of {@link #REVERSE_COMPLEMENT} is, since the data decides it. */
  static final String STRANDS_FROM_DATA =
      "on, unless the FASTA headers say every planted motif" + " is on the forward strand";

  private final Definition definition;
  private final Function<TrainingSpec, Object> value;

  TrainingParameter(
      String setting,
      String option,
      String label,
      String unit,
      String help,
      Range range,
      String reason,
      Function<TrainingSpec, Object> value) {
    this.definition = new Definition(setting, option, label, unit, help, range, reason);
    this.value = value;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** This setting's value in {@code spec}. */
  public Object valueIn(TrainingSpec spec) {
    return value.apply(spec);
  }

  @Override
  public String defaultText() {
    if (this == REVERSE_COMPLEMENT) {
      return STRANDS_FROM_DATA;
    }
    return Range.format(valueIn(TrainingSpec.defaults()));
  }

  /** The parameter of a setting such as "batchSize", or null when there is none. */
  public static TrainingParameter ofSetting(String setting) {
    for (TrainingParameter p : values()) {
      if (p.setting().equals(setting)) {
        return p;
      }
    }
    return null;
  }
}
