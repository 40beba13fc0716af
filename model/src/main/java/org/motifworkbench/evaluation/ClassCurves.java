package org.motifworkbench.evaluation;

import java.util.Objects;

/**
 * The ROC and PR curves of one class taken as positive against all others (for two classes, of
 * class 1 against class 0), scored by that class's predicted probability.
 */
public record ClassCurves(String className, int classIndex, RocCurve roc, PrCurve pr) {

  public ClassCurves {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(roc, "roc");
    Objects.requireNonNull(pr, "pr");
  }

  /** Ranks column {@code c} of {@code probs} once and derives both curves from that ranking. */
  static ClassCurves oneVsRest(int[] truth, float[][] probs, int c, String className) {
    float[] scores = new float[truth.length];
    boolean[] positive = new boolean[truth.length];
    for (int i = 0; i < truth.length; i++) {
      scores[i] = probs[i][c];
      positive[i] = truth[i] == c;
    }
    RankedScores ranked = RankedScores.of(scores, positive);
    return new ClassCurves(className, c, RocCurve.of(ranked), PrCurve.of(ranked));
  }

  /** The summary numbers of these curves. */
  public AucScores scores() {
    return new AucScores(className, roc.auc(), pr.averagePrecision(), pr.baseline());
  }
}
