package org.motifworkbench.app.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.evaluation.AucScores;
import org.motifworkbench.evaluation.AveragedMetrics;
import org.motifworkbench.evaluation.ClassMetrics;
import org.motifworkbench.evaluation.MetricsSummary;
import org.motifworkbench.figure.MetricFormat;

/** Writes an evaluation's numbers as the text the Evaluate screen shows. */
final class MetricsTable {

  private MetricsTable() {}

  /** One row per class, then the macro and the weighted average. */
  static List<MetricsRow> rows(MetricsSummary summary) {
    List<MetricsRow> rows = new ArrayList<>();
    for (ClassMetrics m : summary.perClass()) {
      rows.add(
          new MetricsRow(
              m.className(),
              fmt(m.precision()),
              fmt(m.recall()),
              fmt(m.f1()),
              Integer.toString(m.support()),
              false));
    }
    rows.add(averaged("macro average", summary.macroAverage()));
    rows.add(averaged("weighted average", summary.weightedAverage()));
    return rows;
  }

  /** "0.981", or "undefined" with the reason when the test sequences hold only one class. */
  static String rocAuc(MetricsSummary summary) {
    double auc = summary.rocAuc();
    return Double.isNaN(auc)
        ? MetricFormat.UNDEFINED + " (" + undefinedReason(summary) + ")"
        : fmt(auc);
  }

  /** "0.975", or "undefined" with the reason. */
  static String prAuc(MetricsSummary summary) {
    double ap = summary.prAuc();
    return Double.isNaN(ap)
        ? MetricFormat.UNDEFINED + " (" + undefinedReason(summary) + ")"
        : fmt(ap);
  }

  /** "no skill: 0.500", the PR AUC of guessing, to read the PR AUC against. */
  static String prBaseline(MetricsSummary summary) {
    return "no skill: " + fmt(summary.prAucBaseline());
  }

  /** Which curve the AUCs summarise, e.g. "for class positive" or "mean over classes". */
  static String aucScope(MetricsSummary summary) {
    if (summary.isBinary()) {
      return "for class " + summary.aucScores().get(0).className() + " (ranked by its probability)";
    }
    return "mean over classes, each against the rest";
  }

  private static String undefinedReason(MetricsSummary summary) {
    for (AucScores s : summary.aucScores()) {
      if (Double.isNaN(s.rocAuc()) || Double.isNaN(s.averagePrecision())) {
        int support = supportOf(summary, s.className());
        return support == 0
            ? "no sequences of class " + s.className()
            : "only sequences of class " + s.className();
      }
    }
    return "not enough classes";
  }

  private static int supportOf(MetricsSummary summary, String className) {
    int i = summary.classNames().indexOf(className);
    return i < 0 ? 0 : summary.perClass().get(i).support();
  }

  private static MetricsRow averaged(String name, AveragedMetrics a) {
    return new MetricsRow(
        name,
        fmt(a.precision()),
        fmt(a.recall()),
        fmt(a.f1()),
        Integer.toString(a.support()),
        true);
  }

  static String fmt(double value) {
    return MetricFormat.threeDecimals(value);
  }
}
