package org.motifworkbench.setting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One setting described once, in the spirit of MZmine's parameter sets: its name (the record
 * component, also the Model form's input id), its {@code mwb train} option, the form's label and
 * unit, the allowed values, the default and a plain-language help text. The form's labels, tooltips
 * and marks, the option's {@code --help} text and range check, and the records' validation all read
 * it, so they cannot disagree.
 */
public interface Parameter {

  /**
   * What a setting is, as one value: the record component and settings-file key (e.g. "batchSize"),
   * the {@code mwb train} option (e.g. "--batch-size"), the form's label (e.g. "Batch size") and
   * unit (e.g. "sequences"; empty for a choice), what it does in plain words, the values allowed
   * (for a list setting, for each entry) and why the range ends where it does (added to a problem's
   * message; null when obvious).
   */
  record Definition(
      String setting,
      String option,
      String label,
      String unit,
      String help,
      Range range,
      String reason) {}

  /** This setting's definition, which the accessors below read. */
  Definition definition();

  /** The record component and settings-file key, e.g. "batchSize". */
  default String setting() {
    return definition().setting();
  }

  /** The {@code mwb train} option, e.g. "--batch-size". */
  default String option() {
    return definition().option();
  }

  /** The form's label, e.g. "Batch size". */
  default String label() {
    return definition().label();
  }

  /** Shown after the form's input, e.g. "sequences"; empty for a choice. */
  default String unit() {
    return definition().unit();
  }

  /** What the setting does, in plain words. */
  default String help() {
    return definition().help();
  }

  /** The values allowed; for a list setting, the values allowed for each entry. */
  default Range range() {
    return definition().range();
  }

  /** Why the range ends where it does, added to a problem's message; null when obvious. */
  default String reason() {
    return definition().reason();
  }

  /** The default as the user reads it, e.g. "50", "0.001" or "none". */
  String defaultText();

  /** Whether the setting is a list of values (e.g. kernel sizes), each within {@link #range()}. */
  default boolean isList() {
    return false;
  }

  /**
   * The help with the allowed values and the default, as the form's tooltip and the option's {@code
   * --help} text both show it.
   */
  default String description() {
    String allowed = range().describe() + (isList() ? " each" : "");
    return help()
        + " "
        + Character.toUpperCase(allowed.charAt(0))
        + allowed.substring(1)
        + "; default "
        + defaultText()
        + ".";
  }

  /**
   * The problem with {@code value} for this setting, named {@code name} (the label in the form and
   * in a settings file, the option on the command line), or null when it is allowed. A list's
   * problem names every entry outside the range.
   */
  default String problem(String name, Object value) {
    String got;
    if (value instanceof List<?> list) {
      List<?> refused = list.stream().filter(v -> !range().allows(v)).toList();
      if (refused.isEmpty()) {
        return null;
      }
      got = refused.stream().map(Parameter::quoted).collect(Collectors.joining(", "));
    } else if (range().allows(value)) {
      return null;
    } else {
      got = quoted(value);
    }
    return name
        + " must be "
        + range().describe()
        + (isList() ? " each" : "")
        + " (got "
        + got
        + ")"
        + (reason() == null ? "" : "; " + reason())
        + ".";
  }

  private static String quoted(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }
}
