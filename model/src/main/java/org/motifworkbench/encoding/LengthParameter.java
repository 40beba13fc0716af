package org.motifworkbench.encoding;

import java.util.List;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.setting.Range;

/**
 * The input-length settings described once (see {@link Parameter}): how many bases the network
 * reads and what happens to sequences of other lengths, for the Model form and {@code mwb train}
 * alike.
 */
// Range is a record of final values: immutable in fact, though not annotated @Immutable.
@SuppressWarnings("ImmutableEnumChecker")
public enum LengthParameter implements Parameter {
  LENGTH(
      "length",
      "--length",
      "Input length",
      "bases, or auto",
      "How many bases the network reads. Left out (or 'auto' on the form), it is the longest"
          + " sequence in the data.",
      Range.between(1, LengthPolicy.MAX_LENGTH),
      "the longest sequence in the data"),
  MODE(
      "lengthMode",
      "--length-policy",
      "Other lengths",
      "",
      "What happens to sequences shorter or longer than the input length. Center crops or pads"
          + " with N equally at both ends; left keeps the first bases and pads at the end; fixed"
          + " refuses sequences of another length.",
      Range.oneOf(
          List.of(LengthPolicy.Mode.CENTER, LengthPolicy.Mode.LEFT, LengthPolicy.Mode.FIXED)),
      "fixed when all sequences have one length, else center");

  private final String setting;
  private final String option;
  private final String label;
  private final String unit;
  private final String help;
  private final Range range;
  private final String defaultText;

  LengthParameter(
      String setting,
      String option,
      String label,
      String unit,
      String help,
      Range range,
      String defaultText) {
    this.setting = setting;
    this.option = option;
    this.label = label;
    this.unit = unit;
    this.help = help;
    this.range = range;
    this.defaultText = defaultText;
  }

  @Override
  public String setting() {
    return setting;
  }

  @Override
  public String option() {
    return option;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String unit() {
    return unit;
  }

  @Override
  public String help() {
    return help;
  }

  @Override
  public Range range() {
    return range;
  }

  @Override
  public String reason() {
    return null;
  }

  @Override
  public String defaultText() {
    return defaultText;
  }
}
