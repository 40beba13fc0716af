package org.motifworkbench.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints benchmark figures as a table: each value beside its baseline from the same run, their
 * ratio, the target and whether the target is met.
 */
final class BenchTable {

  private static final String FORMAT = "%-44s %14s  %-28s %8s  %-16s %s%n";
  private final PrintWriter out;

  BenchTable(PrintWriter out) {
    this.out = out;
  }

  void header() {
    out.printf(
        Locale.ROOT, FORMAT, "figure", "workbench", "baseline (same run)", "ratio", "target", "");
    out.flush();
  }

  /**
   * One row; {@code ratio} is value / baseline (NaN when there is no baseline), {@code met} is null
   * when the figure has no target.
   */
  void row(String figure, String value, String baseline, double ratio, String target, Boolean met) {
    out.printf(
        Locale.ROOT,
        FORMAT,
        figure,
        value,
        baseline,
        Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f x", ratio),
        target,
        met == null ? "" : met ? "met" : "MISSED");
    out.flush();
  }

  void note(String text) {
    out.println("  " + text);
    out.flush();
  }

  static String fmt(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
