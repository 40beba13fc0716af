package org.motifworkbench.training;

import org.motifworkbench.evaluation.Evaluator;

/** Accuracy of logits, and the cross-entropy and accuracy of probabilities (for validation). */
final class CrossEntropy {

  private static final double EPS = 1e-7;

  private CrossEntropy() {}

  static double accuracy(float[] logits, int[] labels, int numClasses) {
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
      int predicted;
      if (numClasses == 2) {
        predicted = logits[i] > 0 ? 1 : 0;
      } else {
        predicted = 0;
        for (int c = 1; c < numClasses; c++) {
          if (logits[i * numClasses + c] > logits[i * numClasses + predicted]) {
            predicted = c;
          }
        }
      }
      correct += predicted == labels[i] ? 1 : 0;
    }
    return (double) correct / labels.length;
  }

  static double lossOfProbabilities(float[][] probs, int[] labels) {
    double sum = 0;
    for (int i = 0; i < labels.length; i++) {
      sum -= Math.log(Math.max(EPS, probs[i][labels[i]]));
    }
    return sum / labels.length;
  }

  static double accuracyOfProbabilities(float[][] probs, int[] labels) {
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
      correct += Evaluator.argmax(probs[i]) == labels[i] ? 1 : 0;
    }
    return (double) correct / labels.length;
  }
}
