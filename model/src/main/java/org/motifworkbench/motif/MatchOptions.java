package org.motifworkbench.motif;

import java.util.Objects;

/**
 * Settings of {@link MotifMatcher}: the column similarity and the minimum number of overlapping
 * columns of an alignment (lowered to the shorter motif's width when that is smaller).
 */
public record MatchOptions(ColumnSimilarity similarity, int minOverlap) {

  /**
   * Tomtom's default minimum overlap (its {@code -min-overlap 1}): every partial overlap counts.
   */
  public static final int DEFAULT_MIN_OVERLAP = 1;

  public MatchOptions {
    Objects.requireNonNull(similarity, "similarity");
    if (minOverlap < 1) {
      throw new IllegalArgumentException("the minimum overlap must be at least 1");
    }
  }

  /** Tomtom's defaults since MEME Suite 5: Euclidean distance, minimum overlap 1. */
  public static MatchOptions defaults() {
    return new MatchOptions(ColumnSimilarity.EUCLIDEAN, DEFAULT_MIN_OVERLAP);
  }

  public MatchOptions withSimilarity(ColumnSimilarity value) {
    return new MatchOptions(value, minOverlap);
  }

  public MatchOptions withMinOverlap(int value) {
    return new MatchOptions(similarity, value);
  }

  /** The minimum overlap for two motifs of these widths: min(minOverlap, shorter width). */
  int minOverlap(int queryWidth, int targetWidth) {
    return Math.min(minOverlap, Math.min(queryWidth, targetWidth));
  }
}
