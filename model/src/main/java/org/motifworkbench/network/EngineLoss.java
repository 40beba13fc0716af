package org.motifworkbench.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Weighted cross-entropy on the engine's logits, in a numerically stable form: binary with one
 * logit (sigmoid), categorical with k (softmax). The Java kernels compute the same loss ({@code
 * CpuNetwork}).
 */
final class EngineLoss {

  private EngineLoss() {}

  /** Weighted mean loss of a batch; {@code logits} is (N, 1) for two classes, else (N, k). */
  static NDArray of(NDArray logits, int[] labels, float[] classWeights, int numClasses) {
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
}
