package org.motifworkbench.app.lessons;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the lesson panel says about a prediction: the prediction kept until its result is shown,
 * then "You predicted 0.95 — measured: 0.83" with, for a choice, the right choice and the
 * explanation from the answer key.
 */
final class PredictionText {

  private PredictionText() {}

  /** The prediction of step {@code at} before its result is shown; "" before committing. */
  static String kept(Check.Predict p, LessonProgress progress, int at) {
    LessonProgress.StepRecord record = progress.record(at);
    if (record == null) {
      return "";
    }
    return "Your prediction: "
        + shown(p, record.finalAnswer())
        + ". It cannot be changed; you will see it beside the result once step "
        + (p.revealAfter() + 1)
        + " is done.";
  }

  /**
   * "Step 2: You predicted 0.95 — measured: 0.83 (the test accuracy)." and, for a choice, the
   * answer with its explanation; {@code measured} is NaN when the workbench has no value.
   */
  static String revealed(Check.Predict p, LessonProgress progress, int at, double measured) {
    LessonProgress.StepRecord record = progress.record(at);
    if (record == null) {
      return "";
    }
    StringBuilder text = new StringBuilder("You predicted ").append(shown(p, record.finalAnswer()));
    if (p.result() != null) {
      text.append(" \u2014 measured: ")
          .append(Double.isNaN(measured) ? "not known" : number(measured))
          .append(" (")
          .append(p.result().description())
          .append(")");
    }
    text.append(".");
    if (p.isChoice() && p.answer() >= 0) {
      Integer chosen = progress.answers().get(at);
      text.append(
          chosen != null && chosen == p.answer()
              ? " That was right."
              : " The answer: \u201c" + p.choices().get(p.answer()) + "\u201d.");
    }
    if (p.explanation() != null) {
      text.append(" ").append(p.explanation());
    }
    return text.toString();
  }

  /**
   * On a predict step: the prediction kept, or beside its result once its reveal-after step closed,
   * or why none can be made any more.
   */
  static String feedback(Check.Predict p, LessonProgress progress, int at) {
    if (progress.record(at) == null && progress.isClosed(at)) {
      return "Step "
          + (p.revealAfter() + 1)
          + " was done before a prediction was made: a prediction now would not be one.";
    }
    return progress.isClosed(p.revealAfter())
        ? revealed(p, progress, at, measured(progress, at))
        : kept(p, progress, at);
  }

  /** "Step 2: You predicted 0.95 — measured: 0.83 ...", one a prediction whose result is shown. */
  static List<String> lines(Lesson lesson, LessonProgress progress) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < lesson.size(); i++) {
      if (lesson.step(i).check() instanceof Check.Predict p
          && progress.record(i) != null
          && progress.isClosed(p.revealAfter())) {
        lines.add("Step " + (i + 1) + ": " + revealed(p, progress, i, measured(progress, i)));
      }
    }
    return lines;
  }

  /**
   * {@code progress} with, for every prediction whose reveal-after step has closed, the value the
   * workbench measures now (once, when it knows it). A prediction not made before that step closed
   * can no longer be made: it is closed without a tick.
   */
  static LessonProgress captureResults(
      Lesson lesson, LessonProgress progress, LessonSignals signals) {
    LessonProgress next = progress;
    for (int i = 0; i < lesson.size(); i++) {
      if (!(lesson.step(i).check() instanceof Check.Predict p) || !next.isClosed(p.revealAfter())) {
        continue;
      }
      if (next.record(i) == null) {
        if (!next.isClosed(i)) {
          next = next.withRevealed(i);
        }
      } else if (p.result() != null && !next.measured().containsKey(i)) {
        double value = signals.measured(p.result());
        if (!Double.isNaN(value)) {
          next = next.withMeasured(i, value);
        }
      }
    }
    return next;
  }

  private static double measured(LessonProgress progress, int at) {
    Double value = progress.measured().get(at);
    return value == null ? Double.NaN : value;
  }

  /** The problem with a typed number prediction, or null when it can be committed. */
  static String problem(Check.Predict p, String typed) {
    String range = "a number from " + plain(p.min()) + " to " + plain(p.max());
    Double value = parse(typed);
    if (value == null) {
      return "Type " + range + ", e.g. " + plain((p.min() + p.max()) / 2) + ".";
    }
    if (value < p.min() || value > p.max()) {
      return "\u201c" + typed.strip() + "\u201d is outside the range: type " + range + ".";
    }
    return null;
  }

  /** The number typed, with a comma or a point as the decimal mark; null when it is none. */
  static Double parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      double value = Double.parseDouble(typed.strip().replace(',', '.'));
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "0.83" for a fraction, "12" for a whole number, "1.5" otherwise. */
  static String number(double value) {
    if (Math.abs(value) <= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return plain(value);
  }

  /** "0", "0.5", "12": the number without trailing zeros. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String shown(Check.Predict p, String answer) {
    return p.isChoice() ? "\u201c" + answer + "\u201d" : answer;
  }
}
