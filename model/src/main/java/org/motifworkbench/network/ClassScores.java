package org.motifworkbench.network;

/**
 * One class's score and probability from a row of logits, as the network writes them: one output
 * for two classes (the sigmoid logit of class index 1), else one logit per class. The class score
 * is that logit for two classes (negated for class 0) or the class's own logit; the probability the
 * sigmoid or softmax of the row.
 */
public final class ClassScores {

  private ClassScores() {}

  /** The class score of row {@code row} of {@code logits} with {@code outputs} per row. */
  public static float logit(float[] logits, int outputs, int row, int classIndex) {
    if (outputs == 1) {
      return classIndex == 1 ? logits[row] : -logits[row];
    }
    return logits[row * outputs + classIndex];
  }

  /** The class's probability in row {@code row}: sigmoid of its score, or the row's softmax. */
  public static double probability(float[] logits, int outputs, int row, int classIndex) {
    if (outputs == 1) {
      return 1 / (1 + Math.exp(-logit(logits, outputs, row, classIndex)));
    }
    int at = row * outputs;
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < outputs; c++) {
      max = Math.max(max, logits[at + c]);
    }
    double sum = 0;
    for (int c = 0; c < outputs; c++) {
      sum += Math.exp(logits[at + c] - max);
    }
    return Math.exp(logits[at + classIndex] - max) / sum;
  }
}
