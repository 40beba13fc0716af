package org.motifworkbench.evaluation;

import java.util.Arrays;

/**
 * Scores sorted once in decreasing order and grouped by distinct value, with the cumulative counts
 * of positives and negatives at or above each distinct score. Tied scores form one group.
 */
final class RankedScores {

  private final float[] thresholds;
  private final int[] truePositives;
  private final int[] falsePositives;
  private final int positives;
  private final int negatives;

  private RankedScores(
      float[] thresholds, int[] truePositives, int[] falsePositives, int positives, int negatives) {
    this.thresholds = thresholds;
    this.truePositives = truePositives;
    this.falsePositives = falsePositives;
    this.positives = positives;
    this.negatives = negatives;
  }

  /**
   * Ranks scores (finite, not NaN) against positive flags in O(n log n): each (score, flag) pair is
   * packed into one long whose natural order is the score order, so one primitive sort suffices.
   */
  static RankedScores of(float[] scores, boolean[] positive) {
    if (scores.length != positive.length) {
      throw new IllegalArgumentException(
          "there are " + scores.length + " scores but " + positive.length + " labels");
    }
    long[] keys = new long[scores.length];
    for (int i = 0; i < scores.length; i++) {
      if (Float.isNaN(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is NaN");
      }
      keys[i] = ((long) sortableBits(scores[i]) << 1) | (positive[i] ? 1 : 0);
    }
    Arrays.sort(keys);
    return fromSortedKeys(keys);
  }

  private static RankedScores fromSortedKeys(long[] keys) {
    int n = keys.length;
    float[] thresholds = new float[n];
    int[] tps = new int[n];
    int[] fps = new int[n];
    int groups = 0;
    int tp = 0;
    int fp = 0;
    for (int i = n - 1; i >= 0; i--) {
      if ((keys[i] & 1) == 1) {
        tp++;
      } else {
        fp++;
      }
      int bits = (int) (keys[i] >> 1);
      if (i == 0 || (int) (keys[i - 1] >> 1) != bits) {
        thresholds[groups] = fromSortableBits(bits);
        tps[groups] = tp;
        fps[groups] = fp;
        groups++;
      }
    }
    return new RankedScores(
        Arrays.copyOf(thresholds, groups),
        Arrays.copyOf(tps, groups),
        Arrays.copyOf(fps, groups),
        tp,
        fp);
  }

  /** An int whose signed order is the float order (-0.0 is folded into 0.0). */
  private static int sortableBits(float score) {
    int bits = Float.floatToIntBits(score + 0.0f);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }

  private static float fromSortableBits(int sortable) {
    return Float.intBitsToFloat(sortable ^ ((sortable >> 31) & 0x7fffffff));
  }

  /** Number of distinct scores. */
  int size() {
    return thresholds.length;
  }

  /** The i-th distinct score, in decreasing order. */
  float threshold(int i) {
    return thresholds[i];
  }

  /** Positives scoring at least {@code threshold(i)}. */
  int truePositives(int i) {
    return truePositives[i];
  }

  /** Negatives scoring at least {@code threshold(i)}. */
  int falsePositives(int i) {
    return falsePositives[i];
  }

  int positives() {
    return positives;
  }

  int negatives() {
    return negatives;
  }
}
