package org.motifworkbench.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats a {@link MetricsSummary} as text in the layout of scikit-learn's classification_report,
 * followed by the ROC and PR AUC lines and a note on any area that is undefined.
 */
final class ClassificationReport {

  private static final int DIGITS = 4;

  private ClassificationReport() {}

  static String format(MetricsSummary s) {
    int width = "weighted avg".length();
    for (String name : s.classNames()) {
      width = Math.max(width, name.length());
    }
    StringBuilder out = new StringBuilder();
    row(out, width, "", "precision", "recall", "f1-score", "support");
    out.append('\n');
    for (ClassMetrics m : s.perClass()) {
      row(
          out,
          width,
          m.className(),
          fmt(m.precision()),
          fmt(m.recall()),
          fmt(m.f1()),
          Integer.toString(m.support()));
    }
    out.append('\n');
    row(out, width, "accuracy", "", "", fmt(s.accuracy()), Integer.toString(s.n()));
    averaged(out, width, "macro avg", s.macroAverage());
    averaged(out, width, "weighted avg", s.weightedAverage());
    out.append('\n');
    if (s.isBinary()) {
      binaryAuc(out, s);
    } else {
      multiClassAuc(out, width, s);
    }
    undefinedNotes(s).forEach(note -> out.append(note).append('\n'));
    return out.toString();
  }

  private static void averaged(StringBuilder out, int width, String name, AveragedMetrics a) {
    row(
        out,
        width,
        name,
        fmt(a.precision()),
        fmt(a.recall()),
        fmt(a.f1()),
        Integer.toString(a.support()));
  }

  private static void row(StringBuilder out, int width, String name, String... cells) {
    out.append(String.format(Locale.ROOT, "%" + width + "s", name));
    for (String cell : cells) {
      out.append(String.format(Locale.ROOT, " %10s", cell));
    }
    out.append('\n');
  }

  private static void binaryAuc(StringBuilder out, MetricsSummary s) {
    AucScores a = s.aucScores().get(0);
    String positive = " for positive class '" + a.className() + "': ";
    out.append("ROC AUC").append(positive).append(fmt(a.rocAuc())).append('\n');
    out.append("PR AUC (average precision)")
        .append(positive)
        .append(fmt(a.averagePrecision()))
        .append(" (no-skill baseline ")
        .append(fmt(a.baseline()))
        .append(")\n");
  }

  private static void multiClassAuc(StringBuilder out, int width, MetricsSummary s) {
    out.append("One-vs-rest AUC:\n");
    row(out, width, "", "ROC AUC", "PR AUC", "baseline");
    for (AucScores a : s.aucScores()) {
      aucRow(out, width, a.className(), a);
    }
    aucRow(out, width, "macro avg", AucScores.macro(s.aucScores()));
  }

  private static void aucRow(StringBuilder out, int width, String name, AucScores a) {
    row(out, width, name, fmt(a.rocAuc()), fmt(a.averagePrecision()), fmt(a.baseline()));
  }

  /** One line per class whose ROC or PR AUC is NaN, saying why. */
  static List<String> undefinedNotes(MetricsSummary s) {
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < s.aucScores().size(); i++) {
      AucScores a = s.aucScores().get(i);
      if (Double.isNaN(a.rocAuc()) || Double.isNaN(a.averagePrecision())) {
        notes.add(undefinedNote(s, a));
      }
    }
    if (!notes.isEmpty() && !s.isBinary()) {
      notes.add("Macro averages over classes are undefined (NaN) when any class's value is.");
    }
    return notes;
  }

  private static String undefinedNote(MetricsSummary s, AucScores a) {
    int c = s.classNames().indexOf(a.className());
    boolean absent = s.perClass().get(c).support() == 0;
    String what = Double.isNaN(a.averagePrecision()) ? "ROC AUC and PR AUC" : "ROC AUC";
    String why;
    if (!absent) {
      why = "truth holds only class '" + a.className() + "'";
    } else if (s.isBinary()) {
      why = "truth holds only class '" + s.classNames().get(1 - c) + "'";
    } else {
      why = "truth holds no example of class '" + a.className() + "'";
    }
    return "Note: " + what + " for '" + a.className() + "' undefined (NaN): " + why + ".";
  }

  private static String fmt(double value) {
    return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%." + DIGITS + "f", value);
  }
}
