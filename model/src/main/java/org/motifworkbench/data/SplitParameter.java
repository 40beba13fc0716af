package org.motifworkbench.data;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.setting.Range;

/**
 * The three shares of a split described once (see {@link Parameter}): {@link
 * SplitPlan#problemsBySetting()} checks them, {@code mwb train --split} gives them as fractions
 * (its help is {@link #optionDescription()}) and the Model form as percentages ({@link
 * #percentDescription()}, the same range and default in percent).
 */
// Range is a record of final values and each accessor a stateless method reference: immutable in
// fact, though neither is annotated @Immutable.
@SuppressWarnings("ImmutableEnumChecker")
public enum SplitParameter implements Parameter {
  TRAIN_FRACTION(
      "trainFraction",
      "Training",
      "training",
      "Sequences the network learns from.",
      SplitPlan::trainFraction),
  VALIDATION_FRACTION(
      "validationFraction",
      "Validation",
      "validation",
      "Sequences checked after every epoch; they decide early stopping and learning-rate"
          + " reductions.",
      SplitPlan::validationFraction),
  TEST_FRACTION(
      "testFraction",
      "Test",
      "test",
      "Sequences held back until the end, to measure the finished model fairly.",
      SplitPlan::testFraction);

  /** The one option that gives all three, as fractions in this order. */
  public static final String OPTION = "--split";

  private final Definition definition;
  private final String share;
  private final ToDoubleFunction<SplitPlan> value;

  SplitParameter(
      String setting, String label, String share, String help, ToDoubleFunction<SplitPlan> value) {
    this.definition =
        new Definition(setting, OPTION, label, "% of sequences", help, Range.between(0, 1), null);
    this.share = share;
    this.value = value;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** The default fraction, e.g. "0.64". */
  @Override
  public String defaultText() {
    return Range.format(valueIn(SplitPlan.stratified(0)));
  }

  /** This share in {@code plan}, as a fraction. */
  public double valueIn(SplitPlan plan) {
    return value.applyAsDouble(plan);
  }

  /** How a problem names this share, e.g. "The training fraction". */
  public String fractionName() {
    return "The " + share + " fraction";
  }

  /** The description with the range and default in percent, as the Model form shows it. */
  public String percentDescription() {
    return help()
        + " Between "
        + Range.format(range().min() * 100)
        + " and "
        + Range.format(range().max() * 100)
        + " %, the three adding up to 100 %; default "
        + Range.format(valueIn(SplitPlan.stratified(0)) * 100)
        + " %.";
  }

  /** The {@code --split} option's help: the three shares, each with its description. */
  public static String optionDescription() {
    return "Fractions of the sequences for training, validation and test, adding up to 1; default "
        + Arrays.stream(values()).map(SplitParameter::defaultText).collect(Collectors.joining(","))
        + ". "
        + Arrays.stream(values())
            .map(p -> p.label() + ": " + p.description())
            .collect(Collectors.joining(" "));
  }
}
