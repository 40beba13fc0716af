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

  private final Definition definition;
  private final String defaultText;

  LengthParameter(
      String setting,
      String option,
      String label,
      String unit,
      String help,
      Range range,
      String defaultText) {
    this.definition = new Definition(setting, option, label, unit, help, range, null);
    this.defaultText = defaultText;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  @Override
  public String defaultText() {
    return defaultText;
  }
}
