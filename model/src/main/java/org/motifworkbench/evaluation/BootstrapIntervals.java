package org.motifworkbench.evaluation;

/**
 * Percentile bootstrap intervals of test metrics: the test sequences resampled with replacement
 * {@code resamples} times, each metric recomputed on every resample, and the central {@code level}
 * share of the values kept. They say how far a metric could move on another test set of the same
 * size, so two runs are not told apart by noise.
 *
 * @param accuracy interval of the accuracy
 * @param rocAuc interval of the ROC AUC (two classes: the second class as positive; more: the macro
 *     one-vs-rest mean), undefined when it could not be computed
 * @param level the interval's coverage, e.g. 0.95
 * @param resamples how many resamples it was computed from
 */
public record BootstrapIntervals(Interval accuracy, Interval rocAuc, double level, int resamples) {}
