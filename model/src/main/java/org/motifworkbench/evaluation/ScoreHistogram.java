package org.motifworkbench.evaluation;

import java.util.Arrays;

/**
 * Counts of probabilities in equal-width bins over [0, 1]: bin b holds values in [b/bins,
 * (b+1)/bins), and the last bin also holds 1. Immutable.
 */
public final class ScoreHistogram {

  private final int[] counts;

  /** A histogram with the given bin counts (at least one bin, none negative). */
  public ScoreHistogram(int[] counts) {
    if (counts.length == 0) {
      throw new IllegalArgumentException("a histogram needs at least one bin");
    }
    for (int c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("histogram counts cannot be negative: " + c);
      }
    }
    this.counts = counts.clone();
  }

  /** The bin of a probability in [0, 1] among {@code bins} bins. */
  static int binOf(double value, int bins) {
    return Math.min((int) (value * bins), bins - 1);
  }

  /** Number of bins. */
  public int bins() {
    return counts.length;
  }

  /** Values in bin b. */
  public int count(int b) {
    return counts[b];
  }

  /** A copy of all bin counts. */
  public int[] counts() {
    return counts.clone();
  }

  /** Lower edge of bin b (inclusive). */
  public double lower(int b) {
    return (double) b / counts.length;
  }

  /** Upper edge of bin b (exclusive, except for the last bin). */
  public double upper(int b) {
    return (double) (b + 1) / counts.length;
  }

  /** All values counted. */
  public int total() {
    return Arrays.stream(counts).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScoreHistogram other && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "ScoreHistogram" + Arrays.toString(counts);
  }
}
