package org.motifworkbench.data;

import java.util.List;

/**
 * A recipe for a synthetic teaching data set: its parameters and, per class, the exact generating
 * process, so the Bayes-optimal ceiling can be computed. Generate with {@link
 * SyntheticGenerator#generate}.
 */
public interface SyntheticRecipe {

  /** Short name, e.g. "promoter"; the command line and the ceiling sidecar call it the task. */
  String name();

  /** Length of every sequence. */
  int length();

  /** Number of sequences to generate. */
  int count();

  /** Seed; the same seed gives the same sequences. */
  long seed();

  /** Problems with the parameters in plain language; empty when the data can be generated. */
  List<String> problems();

  /** One generating process per class, in class order. Only valid when there are no problems. */
  List<ClassProcess> processes();

  /** The share of each class, in class order, summing to 1. */
  double[] classPriors();

  /** What to store as the parameters in the ceiling sidecar (a plain record). */
  default Object parameters() {
    return this;
  }
}
