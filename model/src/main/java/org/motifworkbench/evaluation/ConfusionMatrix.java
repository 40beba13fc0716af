package org.motifworkbench.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Counts of examples by true class (rows) and predicted class (columns), with the class names as
 * labels. Immutable.
 */
public final class ConfusionMatrix {

  private final List<String> labels;
  private final int[][] counts;

  /**
   * A matrix from given counts; {@code counts[t][p]} is the number of examples of true class t
   * predicted as p.
   */
  public ConfusionMatrix(List<String> labels, int[][] counts) {
    this.labels = List.copyOf(labels);
    int k = this.labels.size();
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "confusion matrix has " + counts.length + " rows but there are " + k + " labels");
    }
    this.counts = new int[k][];
    for (int t = 0; t < k; t++) {
      if (counts[t].length != k) {
        throw new IllegalArgumentException(
            "row "
                + t
                + " of the confusion matrix has "
                + counts[t].length
                + " columns but there are "
                + k
                + " labels");
      }
      for (int c : counts[t]) {
        if (c < 0) {
          throw new IllegalArgumentException("confusion matrix counts cannot be negative: " + c);
        }
      }
      this.counts[t] = counts[t].clone();
    }
  }

  /** Tallies true against predicted class indices, which must lie in {@code [0, labels.size())}. */
  public static ConfusionMatrix of(int[] truth, int[] predicted, List<String> labels) {
    if (truth.length != predicted.length) {
      throw new IllegalArgumentException(
          "truth has "
              + truth.length
              + " labels but there are "
              + predicted.length
              + " predictions");
    }
    int k = labels.size();
    int[][] counts = new int[k][k];
    for (int i = 0; i < truth.length; i++) {
      counts[checkIndex(truth[i], k, "truth", i)][checkIndex(predicted[i], k, "predicted", i)]++;
    }
    return new ConfusionMatrix(labels, counts);
  }

  private static int checkIndex(int value, int k, String what, int i) {
    if (value < 0 || value >= k) {
      throw new IllegalArgumentException(
          what + "[" + i + "] is " + value + ", but class indices run from 0 to " + (k - 1));
    }
    return value;
  }

  /** The class names, in index order. */
  public List<String> labels() {
    return labels;
  }

  /** Number of classes k. */
  public int size() {
    return labels.size();
  }

  /** Examples of true class {@code trueClass} predicted as {@code predictedClass}. */
  public int count(int trueClass, int predictedClass) {
    return counts[trueClass][predictedClass];
  }

  /** A copy of the k x k counts, rows = true class, columns = predicted class. */
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int t = 0; t < counts.length; t++) {
      copy[t] = counts[t].clone();
    }
    return copy;
  }

  /** Examples whose true class is {@code c} (the class's support): the row sum. */
  public int support(int c) {
    return Arrays.stream(counts[c]).sum();
  }

  /** Examples predicted as class {@code c}: the column sum. */
  public int predictedCount(int c) {
    int sum = 0;
    for (int[] row : counts) {
      sum += row[c];
    }
    return sum;
  }

  /** Examples of class {@code c} predicted as {@code c}. */
  public int truePositives(int c) {
    return counts[c][c];
  }

  /** Examples predicted as {@code c} whose true class is another. */
  public int falsePositives(int c) {
    return predictedCount(c) - counts[c][c];
  }

  /** Examples of class {@code c} predicted as another class. */
  public int falseNegatives(int c) {
    return support(c) - counts[c][c];
  }

  /** All examples counted. */
  public int total() {
    return Arrays.stream(counts).mapToInt(row -> Arrays.stream(row).sum()).sum();
  }

  /** Examples on the diagonal (correctly predicted). */
  public int correct() {
    int sum = 0;
    for (int c = 0; c < counts.length; c++) {
      sum += counts[c][c];
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix other
        && labels.equals(other.labels)
        && Arrays.deepEquals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, Arrays.deepHashCode(counts));
  }

  @Override
  public String toString() {
    return "ConfusionMatrix" + labels + Arrays.deepToString(counts);
  }
}
