package org.motifworkbench.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.data.SignalClass;

/**
 * Computes every classification metric from true class indices and predicted class probabilities in
 * one call. Stateless.
 */
public final class Evaluator {

  private Evaluator() {}

  /** Evaluates with {@value ScoreDistributions#DEFAULT_BINS} histogram bins; see the full form. */
  public static ClassificationMetrics evaluate(
      int[] truth, float[][] probs, List<String> classNames) {
    return evaluate(truth, probs, classNames, ScoreDistributions.DEFAULT_BINS);
  }

  /**
   * Evaluates predictions. {@code truth[i]} is the class index of example i, {@code probs[i]} its k
   * class probabilities (each in [0, 1]; that rows sum to 1 is not checked), {@code classNames} the
   * k class names. The predicted class is the argmax, ties going to the lowest index.
   *
   * @throws IllegalArgumentException when there are no examples, lengths differ, a label is out of
   *     range, a probability is NaN or outside [0, 1], fewer than two classes are named, names
   *     repeat or one is "macro" or "weighted", or {@code histogramBins} is below 1
   */
  public static ClassificationMetrics evaluate(
      int[] truth, float[][] probs, List<String> classNames, int histogramBins) {
    InputValidator.validate(truth, probs, classNames);
    if (histogramBins < 1) {
      throw new IllegalArgumentException("the number of histogram bins must be at least 1");
    }
    List<String> names = List.copyOf(classNames);
    ConfusionMatrix matrix = ConfusionMatrix.of(truth, predict(probs), names);
    List<ClassCurves> curves = curves(truth, probs, names);
    MetricsSummary summary = summarize(matrix, curves);
    return new ClassificationMetrics(
        summary, curves, ScoreDistributions.compute(truth, probs, names, histogramBins));
  }

  /** The argmax of each row, ties going to the lowest index. */
  public static int[] predict(float[][] probs) {
    int[] out = new int[probs.length];
    for (int i = 0; i < probs.length; i++) {
      out[i] = argmax(probs[i]);
    }
    return out;
  }

  /** The predicted class of one row of probabilities: the largest, ties to the lowest index. */
  public static int argmax(float[] probabilities) {
    int best = 0;
    for (int c = 1; c < probabilities.length; c++) {
      if (probabilities[c] > probabilities[best]) {
        best = c;
      }
    }
    return best;
  }

  private static List<ClassCurves> curves(int[] truth, float[][] probs, List<String> names) {
    if (names.size() == 2) {
      // Of two classes, the one carrying the signal ("bound", not "unbound") is ranked.
      int signal = SignalClass.indexIn(names);
      return List.of(ClassCurves.oneVsRest(truth, probs, signal, names.get(signal)));
    }
    List<ClassCurves> out = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      out.add(ClassCurves.oneVsRest(truth, probs, c, names.get(c)));
    }
    return out;
  }

  private static MetricsSummary summarize(ConfusionMatrix matrix, List<ClassCurves> curves) {
    List<ClassMetrics> perClass = new ArrayList<>();
    for (int c = 0; c < matrix.size(); c++) {
      perClass.add(ClassMetrics.of(matrix, c));
    }
    int n = matrix.total();
    return new MetricsSummary(
        matrix.labels(),
        n,
        (double) matrix.correct() / n,
        perClass,
        AveragedMetrics.macro(perClass),
        AveragedMetrics.weighted(perClass),
        curves.stream().map(ClassCurves::scores).toList(),
        matrix);
  }
}
