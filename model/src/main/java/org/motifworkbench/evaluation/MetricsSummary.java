package org.motifworkbench.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The summary numbers of an evaluation, exactly what its JSON holds: counts, accuracy, per-class
 * and averaged precision/recall/F1, and AUC scores. For two classes {@code aucScores} has one entry
 * (class 1 as positive); for more, one per class (one-vs-rest).
 */
public record MetricsSummary(
    List<String> classNames,
    int n,
    double accuracy,
    List<ClassMetrics> perClass,
    AveragedMetrics macroAverage,
    AveragedMetrics weightedAverage,
    List<AucScores> aucScores,
    ConfusionMatrix confusionMatrix) {

  public MetricsSummary {
    classNames = List.copyOf(classNames);
    perClass = List.copyOf(perClass);
    aucScores = List.copyOf(aucScores);
    Objects.requireNonNull(macroAverage, "macroAverage");
    Objects.requireNonNull(weightedAverage, "weightedAverage");
    Objects.requireNonNull(confusionMatrix, "confusionMatrix");
  }

  /** Whether there are exactly two classes, so AUCs are single numbers for class 1. */
  public boolean isBinary() {
    return classNames.size() == 2;
  }

  /** AUC scores of the positive class (binary) or their macro average (multi-class). */
  public AucScores headlineAuc() {
    return isBinary() ? aucScores.get(0) : AucScores.macro(aucScores);
  }

  /** ROC AUC: of class 1 for two classes, else the macro average; NaN when undefined. */
  public double rocAuc() {
    return headlineAuc().rocAuc();
  }

  /** Average precision: of class 1 for two classes, else the macro average; NaN when undefined. */
  public double prAuc() {
    return headlineAuc().averagePrecision();
  }

  /** The no-skill PR AUC: the positive rate for two classes, else the mean class share (1/k). */
  public double prAucBaseline() {
    return headlineAuc().baseline();
  }

  /** The JSON form; see {@link ClassificationMetrics} for its keys. */
  public String toJson() {
    return MetricsJson.write(this);
  }

  /** Reads the JSON written by {@link #toJson()}. */
  public static MetricsSummary fromJson(String json) {
    return MetricsJson.read(json);
  }
}
