package org.motifworkbench.interpret;

import java.util.Arrays;

/**
 * How much each base of one sequence drove the score of one class: a per-position x per-base matrix
 * ({@code values[i][b]}, bases in A C G T order) and a per-position summary for bars over the
 * letters (positive = supports the class, negative = speaks against it).
 *
 * @param sequence the bases explained (fitted to the model's input length)
 * @param classIndex the class whose score is explained
 * @param method how the values were computed
 * @param values L x 4 matrix; for mutagenesis the score change of substituting each base (0 at the
 *     observed base)
 * @param perPosition L values: the attribution at the observed base (gradient methods), or minus
 *     the mean score change of the three substitutions (mutagenesis: large when any change hurts)
 * @param score the class score (logit) of the sequence itself
 */
public record Attribution(
    String sequence,
    int classIndex,
    AttributionMethod method,
    float[][] values,
    float[] perPosition,
    float score) {

  public int length() {
    return perPosition.length;
  }

  /**
   * The attribution of the positions of {@code region} only, as if the sequence were that stretch:
   * position 0 of the slice is {@code region.start()} here.
   */
  public Attribution slice(SequenceRegion region) {
    if (region.end() > length()) {
      throw new IllegalArgumentException(
          "The region ends at " + region.end() + " but the sequence has " + length() + " bases.");
    }
    float[][] rows = new float[region.length()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = values[region.start() + i].clone();
    }
    return new Attribution(
        sequence.substring(region.start(), region.end()),
        classIndex,
        method,
        rows,
        Arrays.copyOfRange(perPosition, region.start(), region.end()),
        score);
  }

  /** The position with the largest per-position attribution. */
  public int peak() {
    int best = 0;
    for (int i = 1; i < perPosition.length; i++) {
      if (perPosition[i] > perPosition[best]) {
        best = i;
      }
    }
    return best;
  }
}
