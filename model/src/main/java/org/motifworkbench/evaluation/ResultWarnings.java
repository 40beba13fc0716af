package org.motifworkbench.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-language warnings when a model's results are no better than guessing, each with what to
 * try, so a run never ends silently at chance: shown after training on the command line and on the
 * Evaluate screen.
 */
public final class ResultWarnings {

  /** Standard errors of a proportion within which an accuracy counts as the guessing rate. */
  private static final double NOISE = 2.0;

  /** Below this many sequences even a perfect score is within noise of guessing: no verdict. */
  static final int MIN_SEQUENCES = 20;

  private ResultWarnings() {}

  /**
   * Warnings about one evaluation: accuracy at the guessing rate, or far below what ROC AUC allows.
   */
  public static List<String> of(MetricsSummary m) {
    List<String> warnings = new ArrayList<>();
    if (m.n() < MIN_SEQUENCES) {
      return warnings;
    }
    int majority = commonestClass(m.confusionMatrix());
    double guess = guessingRate(m);
    if (m.accuracy() <= guess + NOISE * standardError(guess, m.n())) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "Accuracy %.3f is no better than always answering "
                  + "'%s' (%.3f of these sequences): the model has not learned to tell the classes apart. "
                  + "What to try: more epochs; the small network (preset 'teaching') when there are only "
                  + "a few hundred sequences; check that the labels are right and that the classes really "
                  + "differ (the Data screen's summary); check that the input length covers the signal.",
              m.accuracy(),
              m.classNames().get(majority),
              guess));
      return warnings;
    }
    double auc = m.rocAuc();
    double balanced = m.macroAverage().recall();
    if (m.isBinary() && auc >= 0.7 && balanced < 0.5 + (auc - 0.5) / 2) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "The model ranks the sequences well (ROC AUC %.3f) "
                  + "but classifies them poorly at its 0.5 threshold (balanced accuracy %.3f): its "
                  + "probabilities are off-centre. What to try: train again (this workbench recalibrates "
                  + "batch norm after every epoch; models from older versions did not), or read a "
                  + "threshold off the ROC curve.",
              auc,
              balanced));
    }
    return warnings;
  }

  /**
   * A warning when validation accuracy stayed at the guessing rate in every epoch while training
   * accuracy rose well above it; empty otherwise.
   *
   * @param validationAccuracy per epoch (NaN without validation data)
   * @param trainingAccuracy per epoch, measured as the batches went
   * @param guess the share of the most common class
   * @param validationSize number of validation sequences
   */
  public static List<String> ofHistory(
      double[] validationAccuracy, double[] trainingAccuracy, double guess, int validationSize) {
    if (validationAccuracy.length == 0 || validationSize < MIN_SEQUENCES) {
      return List.of();
    }
    double limit = guess + NOISE * standardError(guess, validationSize);
    double best = 0;
    for (double v : validationAccuracy) {
      if (Double.isNaN(v) || v > limit) {
        return List.of();
      }
      best = Math.max(best, v);
    }
    double trained = trainingAccuracy[trainingAccuracy.length - 1];
    if (trained < guess + 0.15) {
      return List.of();
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "Validation accuracy stayed at the guessing rate "
                + "(at most %.3f against %.3f) in every epoch while training accuracy rose to %.3f: the "
                + "network fits the training sequences but does not generalise. What to try: the small "
                + "network (preset 'teaching'), more data, or check that the validation sequences come "
                + "from the same source as the training ones.",
            best,
            guess,
            trained));
  }

  /**
   * The accuracy of always answering the commonest class of these sequences: what a model that
   * learned nothing scores.
   */
  public static double guessingRate(MetricsSummary m) {
    ConfusionMatrix matrix = m.confusionMatrix();
    return matrix.support(commonestClass(matrix)) / (double) m.n();
  }

  private static int commonestClass(ConfusionMatrix matrix) {
    int majority = 0;
    for (int c = 1; c < matrix.size(); c++) {
      if (matrix.support(c) > matrix.support(majority)) {
        majority = c;
      }
    }
    return majority;
  }

  private static double standardError(double p, int n) {
    return Math.sqrt(p * (1 - p) / n);
  }
}
