package org.motifworkbench.workflow;

import java.util.List;
import java.util.Locale;
import org.motifworkbench.evaluation.Evaluator;

/**
 * Predictions of labelled sequences as a table: the columns of {@code mwb predict} ({@code id},
 * {@code predicted}, one probability column per class) with the true class after the id.
 */
public final class PredictionTable {

  private PredictionTable() {}

  /**
   * One row per sequence: id, true class, predicted class, then each class's probability.
   *
   * @param separator '\t' for TSV or ',' for CSV
   */
  public static String format(
      List<String> ids,
      List<String> truth,
      float[][] probabilities,
      List<String> classes,
      char separator) {
    StringBuilder b =
        new StringBuilder("id")
            .append(separator)
            .append("true")
            .append(separator)
            .append("predicted");
    classes.forEach(c -> b.append(separator).append(c));
    b.append('\n');
    for (int i = 0; i < ids.size(); i++) {
      b.append(ids.get(i))
          .append(separator)
          .append(truth.get(i))
          .append(separator)
          .append(classes.get(Evaluator.argmax(probabilities[i])));
      for (float p : probabilities[i]) {
        b.append(separator).append(probability(p));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * A probability written so that reading it back gives the same float: the shortest decimal that
   * does (e.g. 0.99999994, 1.2E-7). Six decimals tied distinct scores near 0 and 1, so AUCs
   * computed from a saved table differed from evaluate's.
   */
  public static String probability(float p) {
    return Float.toString(p);
  }

  /** ',' for a file name ending in .csv, else a tab. */
  public static char separatorFor(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t';
  }
}
