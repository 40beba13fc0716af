package org.motifworkbench.evaluation;

/**
 * Writes per-class metrics as tab-separated values: a header line {@code class precision recall f1
 * support}, one line per class, then {@code macro avg} and {@code weighted avg} lines.
 */
final class MetricsTsv {

  private MetricsTsv() {}

  static String write(MetricsSummary s) {
    StringBuilder out = new StringBuilder("class\tprecision\trecall\tf1\tsupport\n");
    for (ClassMetrics m : s.perClass()) {
      line(out, clean(m.className()), m.precision(), m.recall(), m.f1(), m.support());
    }
    AveragedMetrics macro = s.macroAverage();
    line(out, "macro avg", macro.precision(), macro.recall(), macro.f1(), macro.support());
    AveragedMetrics w = s.weightedAverage();
    line(out, "weighted avg", w.precision(), w.recall(), w.f1(), w.support());
    return out.toString();
  }

  private static void line(
      StringBuilder out, String name, double precision, double recall, double f1, int support) {
    out.append(name)
        .append('\t')
        .append(precision)
        .append('\t')
        .append(recall)
        .append('\t')
        .append(f1)
        .append('\t')
        .append(support)
        .append('\n');
  }

  /** Tabs and line breaks in a class name would break the columns, so they become spaces. */
  private static String clean(String name) {
    return name.replaceAll("[\\t\\r\\n]", " ");
  }
}
