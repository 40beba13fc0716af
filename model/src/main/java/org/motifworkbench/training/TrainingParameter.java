package org.motifworkbench.training;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Every training setting described once, in the spirit of MZmine's parameter sets: its name (the
 * {@link TrainingSpec} component, also the Model form's input id), the {@code mwb train} option,
 * the form's label and unit, the allowed values, the default and a plain-language help text. The
 * form's labels, tooltips and marks, the option's {@code --help} text and range check, and {@link
 * TrainingSpec#problemsBySetting()} all read these, so they cannot disagree.
 */
// Range is a record of final values and each accessor a stateless method reference: immutable in
// fact, though neither is annotated @Immutable.
@SuppressWarnings("ImmutableEnumChecker")
public enum TrainingParameter {
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

  private final String setting;
  private final String option;
  private final String label;
  private final String unit;
  private final String help;
  private final Range range;
  private final String reason;
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
    this.setting = setting;
    this.option = option;
    this.label = label;
    this.unit = unit;
    this.help = help;
    this.range = range;
    this.reason = reason;
    this.value = value;
  }

  /** The {@link TrainingSpec} component and settings-file key, e.g. "batchSize". */
  public String setting() {
    return setting;
  }

  /** The {@code mwb train} option, e.g. "--batch-size". */
  public String option() {
    return option;
  }

  /** The form's label, e.g. "Batch size". */
  public String label() {
    return label;
  }

  /** Shown after the form's input, e.g. "sequences"; empty for a choice. */
  public String unit() {
    return unit;
  }

  /** What the setting does, in plain words. */
  public String help() {
    return help;
  }

  public Range range() {
    return range;
  }

  /** This setting's value in {@code spec}. */
  public Object valueIn(TrainingSpec spec) {
    return value.apply(spec);
  }

  /** The default as the user reads it, e.g. "50", "0.001" or "none". */
  public String defaultText() {
    if (this == REVERSE_COMPLEMENT) {
      return STRANDS_FROM_DATA;
    }
    return Range.format(valueIn(TrainingSpec.defaults()));
  }

  /**
   * The help with the allowed values and the default, as the form's tooltip and the option's {@code
   * --help} text both show it.
   */
  public String description() {
    String allowed = range.describe();
    return help
        + " "
        + Character.toUpperCase(allowed.charAt(0))
        + allowed.substring(1)
        + "; default "
        + defaultText()
        + ".";
  }

  /**
   * The problem with {@code value} for this setting, named {@code name} (the label in the form and
   * in a settings file, the option on the command line), or null when it is allowed.
   */
  public String problem(String name, Object value) {
    if (range.allows(value)) {
      return null;
    }
    String got = value instanceof String ? "'" + value + "'" : String.valueOf(value);
    return name
        + " must be "
        + range.describe()
        + " (got "
        + got
        + ")"
        + (reason == null ? "" : "; " + reason)
        + ".";
  }

  /** The parameter of a setting such as "batchSize", or null when there is none. */
  public static TrainingParameter ofSetting(String setting) {
    for (TrainingParameter p : values()) {
      if (p.setting.equals(setting)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The values a setting allows: a numeric interval (each end open or closed, possibly unbounded),
   * or a list of choices.
   *
   * @param choices the allowed values when this is a choice, else empty
   */
  public record Range(
      double min, boolean minIncluded, double max, boolean maxIncluded, List<?> choices) {

    /** Any whole number (the seed). */
    public static final Range ANY =
        new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, List.of());

    /** Off or on. */
    public static final Range ON_OFF = oneOf(List.of(false, true));

    public Range {
      choices = List.copyOf(choices);
    }

    public static Range between(double min, double max) {
      return new Range(min, true, max, true, List.of());
    }

    public static Range atLeast(double min) {
      return new Range(min, true, Double.POSITIVE_INFINITY, false, List.of());
    }

    public static Range aboveAtMost(double min, double max) {
      return new Range(min, false, max, true, List.of());
    }

    public static Range aboveBelow(double min, double max) {
      return new Range(min, false, max, false, List.of());
    }

    public static Range oneOf(List<?> choices) {
      return new Range(Double.NaN, false, Double.NaN, false, choices);
    }

    public boolean isChoice() {
      return !choices.isEmpty();
    }

    /** Whether {@code value} is allowed; NaN never is. */
    public boolean allows(Object value) {
      if (isChoice()) {
        return choices.contains(value);
      }
      if (!(value instanceof Number n)) {
        return false;
      }
      double v = n.doubleValue();
      return (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
    }

    /** E.g. "between 1 and 10000", "above 0 and at most 1", "at least 0" or "'none' or 'x'". */
    public String describe() {
      if (isChoice()) {
        if (choices.equals(ON_OFF.choices)) {
          return "on or off";
        }
        List<String> quoted = choices.stream().map(c -> "'" + c + "'").toList();
        return String.join(", ", quoted.subList(0, quoted.size() - 1))
            + " or "
            + quoted.get(quoted.size() - 1);
      }
      boolean low = min != Double.NEGATIVE_INFINITY;
      boolean high = max != Double.POSITIVE_INFINITY;
      if (!low && !high) {
        return "any whole number";
      }
      if (low && high && minIncluded && maxIncluded) {
        return "between " + format(min) + " and " + format(max);
      }
      String from = low ? (minIncluded ? "at least " : "above ") + format(min) : "";
      String to = high ? (maxIncluded ? "at most " : "below ") + format(max) : "";
      return from.isEmpty() ? to : to.isEmpty() ? from : from + " and " + to;
    }

    /** A value as the user types it: whole numbers without ".0", booleans as on/off. */
    static String format(Object value) {
      if (value instanceof Boolean on) {
        return on ? "on" : "off";
      }
      if (value instanceof Double d && Double.isFinite(d)) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      }
      return String.valueOf(value);
    }
  }
}
