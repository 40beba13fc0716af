package org.motifworkbench.cli;

import java.util.Locale;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.setting.Range;
import org.motifworkbench.workflow.PredictionWriter;

/**
 * A whole-number option's allowed range, checked before any file is read, so a value such as {@code
 * --batch-size 0} is refused with the option's name instead of hanging or failing deep down.
 */
record OptionRange(String option, long min, long max, String unit) {

  /** Sequences per batch for scoring: a larger batch only costs memory, it is not faster. */
  static final OptionRange PREDICT_BATCH =
      new OptionRange("--batch-size", 1, PredictionWriter.MAX_BATCH, "sequences");

  /** Engine threads: more than the machine has only slows the work down. */
  static final OptionRange THREADS = new OptionRange("--threads", 1, 1024, "threads");

  /**
   * Refuses a value of a setting's option outside its {@link Parameter}'s range (the range the
   * Model form checks), with a plain error naming the option; null is not given.
   */
  static void check(Parameter parameter, Object value) {
    String problem = value == null ? null : parameter.problem(parameter.option(), value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * The choice of {@code parameter} typed as {@code typed} (any case), or a plain error naming the
   * option and the choices; null when not given.
   */
  static Object choice(Parameter parameter, String typed) {
    if (typed == null) {
      return null;
    }
    for (Object c : parameter.range().choices()) {
      if (Range.format(c).equalsIgnoreCase(typed.trim())) {
        return c;
      }
    }
    throw new IllegalArgumentException(parameter.problem(parameter.option(), typed));
  }

  /** The value when it lies in the range, else a plain error naming the option. */
  int check(Integer value) {
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s must be between %d and %d %s (got %d).",
              option,
              min,
              max,
              unit,
              value));
    }
    return value == null ? 0 : value;
  }
}
