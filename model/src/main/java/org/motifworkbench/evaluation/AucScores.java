package org.motifworkbench.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Ranking quality of one class taken as positive: ROC AUC, average precision (PR AUC) and the PR
 * no-skill baseline (the class's share of examples). An undefined area is NaN.
 */
public record AucScores(String className, double rocAuc, double averagePrecision, double baseline) {

  public AucScores {
    Objects.requireNonNull(className, "className");
  }

  /**
   * The unweighted mean of each value over classes, named "macro"; NaN when any class's value is
   * NaN, since then the average over all classes does not exist.
   */
  public static AucScores macro(List<AucScores> classes) {
    double roc = 0;
    double ap = 0;
    double base = 0;
    for (AucScores s : classes) {
      roc += s.rocAuc();
      ap += s.averagePrecision();
      base += s.baseline();
    }
    int k = classes.size();
    return new AucScores("macro", roc / k, ap / k, base / k);
  }
}
