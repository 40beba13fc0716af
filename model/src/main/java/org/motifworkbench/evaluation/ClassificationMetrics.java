package org.motifworkbench.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Everything one evaluation produces: the summary numbers, the ROC and PR curves, and score
 * histograms; made by {@link Evaluator#evaluate}. Immutable.
 *
 * <p>The JSON written by {@link #toJson()} (and read back, without curves and histograms, by {@link
 * MetricsSummary#fromJson(String)}) is one object with these keys:
 *
 * <ul>
 *   <li>{@code classes}: array of the class names, in class-index order.
 *   <li>{@code n}: number of examples evaluated.
 *   <li>{@code accuracy}: fraction of examples whose predicted class (argmax of the probabilities,
 *       ties to the lowest index) is the true class.
 *   <li>{@code precision}, {@code recall}, {@code f1}: objects with one number per class name (that
 *       class taken as positive), plus {@code macro} (unweighted mean over classes) and {@code
 *       weighted} (mean weighted by support). A ratio whose denominator is 0 is 0, as with
 *       scikit-learn's {@code zero_division=0}.
 *   <li>{@code support}: object with the number of examples of each true class, by class name.
 *   <li>{@code roc_auc}: area under the ROC curve (trapezoid rule, ties as one step). For two
 *       classes a number, for class 1 (the second name) as positive; for more, an object with the
 *       one-vs-rest area of each class by name plus {@code macro}.
 *   <li>{@code pr_auc}: average precision, the area under the precision-recall curve as
 *       scikit-learn defines it (sum of (R_n - R_{n-1}) P_n); same shape as {@code roc_auc}.
 *   <li>{@code pr_auc_baseline}: the {@code pr_auc} of a no-skill classifier, i.e. the positive
 *       class's share of examples; same shape as {@code roc_auc} (its macro is 1/k).
 *   <li>{@code confusion_matrix}: object with {@code labels} (class names) and {@code matrix}, a k
 *       x k array of counts whose rows are true classes and columns predicted classes.
 * </ul>
 *
 * <p>An undefined value is {@code null}: ROC AUC when truth holds only one class (for one-vs-rest:
 * none or all examples of that class), PR AUC when it holds no example of the positive class, and a
 * macro average when any class's value is undefined. Class names "macro" and "weighted" are
 * rejected so they cannot collide with the averaged keys.
 */
public record ClassificationMetrics(
    MetricsSummary summary, List<ClassCurves> curves, ScoreDistributions scoreDistributions) {

  public ClassificationMetrics {
    Objects.requireNonNull(summary, "summary");
    curves = List.copyOf(curves);
    Objects.requireNonNull(scoreDistributions, "scoreDistributions");
  }

  /** The class names, in index order. */
  public List<String> classNames() {
    return summary.classNames();
  }

  /** The confusion matrix (rows = true class, columns = predicted class). */
  public ConfusionMatrix confusionMatrix() {
    return summary.confusionMatrix();
  }

  /** Fraction of examples predicted correctly. */
  public double accuracy() {
    return summary.accuracy();
  }

  /** ROC AUC of class 1 (two classes) or the one-vs-rest macro average; NaN when undefined. */
  public double rocAuc() {
    return summary.rocAuc();
  }

  /** Average precision of class 1 (two classes) or the macro average; NaN when undefined. */
  public double prAuc() {
    return summary.prAuc();
  }

  /** A text report laid out like scikit-learn's classification_report, plus AUC lines. */
  public String report() {
    return ClassificationReport.format(summary);
  }

  /** The summary as pretty-printed JSON, with the keys listed in this class's documentation. */
  public String toJson() {
    return summary.toJson();
  }

  /** Per-class precision, recall, F1 and support, then the macro and weighted averages, as TSV. */
  public String toTsv() {
    return MetricsTsv.write(summary);
  }
}
