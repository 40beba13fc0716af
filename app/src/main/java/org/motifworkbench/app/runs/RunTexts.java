package org.motifworkbench.app.runs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.motifworkbench.evaluation.BootstrapIntervals;
import org.motifworkbench.evaluation.Interval;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.project.TestResult;

/** How the Runs screen writes a run's values: dates, metrics with intervals, times, settings. */
final class RunTexts {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private RunTexts() {}

  /** "2026-12-04 09:12" in {@code zone}, or the recorded text when it is not an instant. */
  static String date(RunRecord run, ZoneId zone) {
    String at = run.createdAt() == null ? "" : run.createdAt();
    try {
      return DATE.format(Instant.parse(at).atZone(zone));
    } catch (DateTimeParseException e) {
      return at;
    }
  }

  /** "0.842", or "" when the value is unknown (NaN). */
  static String metric(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** "0.84 [0.81-0.87]": a value with its interval; "0.84" without one; "" without a value. */
  static String withInterval(double value, Interval interval) {
    if (Double.isNaN(value)) {
      return "";
    }
    String text = String.format(Locale.ROOT, "%.2f", value);
    return interval == null || !interval.defined()
        ? text
        : text + String.format(Locale.ROOT, " [%.2f-%.2f]", interval.low(), interval.high());
  }

  /** The test accuracy with its 95% interval, or "" without a test split. */
  static String testAccuracy(RunRecord run) {
    TestResult test = run.test();
    return test == null ? "" : withInterval(test.accuracy(), accuracyInterval(run));
  }

  /** The test ROC AUC with its 95% interval, or "" without a test split. */
  static String testRocAuc(RunRecord run) {
    TestResult test = run.test();
    BootstrapIntervals intervals = test == null ? null : test.intervals();
    return test == null
        ? ""
        : withInterval(test.rocAuc(), intervals == null ? null : intervals.rocAuc());
  }

  /** The test accuracy's bootstrap interval; undefined when there is none. */
  static Interval accuracyInterval(RunRecord run) {
    TestResult test = run.test();
    if (test == null || test.intervals() == null || test.intervals().accuracy() == null) {
      return Interval.UNDEFINED;
    }
    return test.intervals().accuracy();
  }

  /** "12 (best 9)". */
  static String epochs(RunRecord run) {
    return run.bestEpoch() > 0 && run.bestEpoch() != run.epochs()
        ? run.epochs() + " (best " + run.bestEpoch() + ")"
        : String.valueOf(run.epochs());
  }

  /** "42 s", "3 min 5 s", "1 h 02 min". */
  static String duration(double seconds) {
    if (Double.isNaN(seconds) || seconds < 0) {
      return "";
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }

  /** "Java kernels (cpu)". */
  static String backend(RunRecord run) {
    String who = run.backend() == null ? "" : run.backend();
    String where = run.device() == null || run.device().isBlank() ? "" : " (" + run.device() + ")";
    return (who + where).trim();
  }

  /** "teaching: filters=32, learningRate=0.003", or only the preset when nothing changed. */
  static String settings(RunRecord run) {
    String preset =
        run.preset() == null || run.preset().isBlank()
            ? "custom"
            : run.preset().toLowerCase(Locale.ROOT);
    return run.changed().isEmpty() ? preset : preset + ": " + changes(run.changed());
  }

  /** "filters=32, learningRate=0.003": the settings by their key without section. */
  static String changes(Map<String, String> changed) {
    return changed.entrySet().stream()
        .map(e -> shortKey(e.getKey()) + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** "filters" for "network.filters". */
  static String shortKey(String key) {
    int dot = key.lastIndexOf('.');
    return dot < 0 ? key : key.substring(dot + 1);
  }
}
