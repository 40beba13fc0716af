package org.motifworkbench.training;

import java.util.Arrays;

/** Per-class loss weights: all 1, or "balanced" (n / (k * n_class), as scikit-learn and Keras). */
final class ClassWeights {

  private ClassWeights() {}

  static float[] of(String mode, int[] labels, int numClasses) {
    float[] weights = new float[numClasses];
    Arrays.fill(weights, 1f);
    if ("balanced".equals(mode)) {
      int[] counts = new int[numClasses];
      for (int label : labels) {
        counts[label]++;
      }
      for (int c = 0; c < numClasses; c++) {
        weights[c] = counts[c] == 0 ? 0f : (float) labels.length / (numClasses * counts[c]);
      }
    }
    return weights;
  }
}
