package org.motifworkbench.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.motifworkbench.evaluation.Evaluator;

/**
 * Weighted cross-entropy on logits (binary with one logit, categorical with k), computed in a
 * numerically stable form, plus the same loss and accuracy on probabilities for validation.
 */
final class CrossEntropy {

  private static final double EPS = 1e-7;

  private CrossEntropy() {}

  /** Weighted mean loss of a batch; {@code logits} is (N, 1) for two classes, else (N, k). */
  static NDArray loss(NDArray logits, int[] labels, float[] classWeights, int numClasses) {
    NDManager m = logits.getManager();
    float[] w = new float[labels.length];
    float wSum = 0;
    for (int i = 0; i < labels.length; i++) {
      w[i] = classWeights[labels[i]];
      wSum += w[i];
    }
    NDArray weights = m.create(w);
    NDArray perSample;
    if (numClasses == 2) {
      float[] y = new float[labels.length];
      for (int i = 0; i < labels.length; i++) {
        y[i] = labels[i];
      }
      NDArray z = logits.reshape(-1);
      // max(z, 0) - z * y + log(1 + exp(-|z|))
      perSample = z.maximum(0f).sub(z.mul(m.create(y))).add(z.abs().neg().exp().add(1f).log());
    } else {
      NDArray oneHot = m.create(labels).oneHot(numClasses);
      perSample = logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg();
    }
    return perSample.mul(weights).sum().div(wSum);
  }

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
