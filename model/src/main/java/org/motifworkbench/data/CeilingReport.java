package org.motifworkbench.data;

import java.util.Map;

/**
 * The JSON sidecar of a synthetic data set ({@code <name>.ceiling.json}): task, parameters, number
 * of sequences, seed, Bayes-optimal accuracy and sequences per class.
 */
public record CeilingReport(
    String task,
    Object parameters,
    int n,
    long seed,
    double ceiling,
    Map<String, Integer> classCounts,
    String method) {

  /** How the ceiling was computed, stored with it for readers of the file. */
  public static final String METHOD =
      "accuracy on these sequences of the Bayes-optimal rule: argmax over classes of class share"
          + " times the exact likelihood under that class's generating process";
}
