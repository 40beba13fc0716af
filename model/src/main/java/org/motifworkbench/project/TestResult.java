package org.motifworkbench.project;

import org.motifworkbench.evaluation.BootstrapIntervals;

/**
 * A run's result on its held-out test split.
 *
 * @param n how many test sequences
 * @param accuracy share predicted right
 * @param rocAuc ROC AUC (two classes: the second as positive; more: macro one-vs-rest); NaN when
 *     undefined
 * @param intervals bootstrap intervals of both, or null when they were not computed
 */
public record TestResult(int n, double accuracy, double rocAuc, BootstrapIntervals intervals) {}
