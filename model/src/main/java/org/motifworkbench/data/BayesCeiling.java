package org.motifworkbench.data;

import java.util.List;

/**
 * The Bayes-optimal classifier of a synthetic task: for each sequence, prior times exact likelihood
 * under each class's generating process; the largest wins. Its accuracy is the ceiling no model can
 * beat on average.
 */
public final class BayesCeiling {

  private static final double TIE_TOLERANCE = 1e-12;

  private BayesCeiling() {}

  /** Posterior probability of each class for {@code x} (priors need not be normalised). */
  public static double[] posteriors(List<ClassProcess> processes, double[] priors, CharSequence x) {
    double[] out = new double[processes.size()];
    double sum = 0;
    for (int c = 0; c < out.length; c++) {
      out[c] = priors[c] * processes.get(c).likelihoodRatio(x);
      sum += out[c];
    }
    for (int c = 0; c < out.length; c++) {
      out[c] = sum > 0 ? out[c] / sum : 1.0 / out.length;
    }
    return out;
  }

  /**
   * Expected accuracy of the Bayes rule on the given sequences; a tie between k classes that
   * includes the true one counts 1/k (the rule breaks ties at random).
   */
  public static double accuracy(
      List<ClassProcess> processes, double[] priors, List<String> sequences, int[] labels) {
    double correct = 0;
    for (int i = 0; i < sequences.size(); i++) {
      correct += credit(posteriors(processes, priors, sequences.get(i)), labels[i]);
    }
    return sequences.isEmpty() ? Double.NaN : correct / sequences.size();
  }

  /** 1/k when the true class is among the k most probable, else 0. */
  static double credit(double[] posterior, int trueClass) {
    double best = 0;
    for (double p : posterior) {
      best = Math.max(best, p);
    }
    int tied = 0;
    for (double p : posterior) {
      if (p >= best - TIE_TOLERANCE) {
        tied++;
      }
    }
    return posterior[trueClass] >= best - TIE_TOLERANCE ? 1.0 / tied : 0;
  }
}
