package org.motifworkbench.motif;

import java.util.Objects;

/**
 * Settings of {@link MotifMatcher}: the column similarity and the minimum number of overlapping
 * columns of an alignment (lowered to the shorter motif's width when that is smaller).
 */
public record MatchOptions(ColumnSimilarity similarity, int minOverlap) {

  /** Tomtom's default minimum overlap. */
  public static final int DEFAULT_MIN_OVERLAP = 5;

  public MatchOptions {
    Objects.requireNonNull(similarity, "similarity");
    if (minOverlap < 1) {
      throw new IllegalArgumentException("the minimum overlap must be at least 1");
    }
  }

  /** Pearson correlation, minimum overlap 5. */
  public static MatchOptions defaults() {
    return new MatchOptions(ColumnSimilarity.PEARSON, DEFAULT_MIN_OVERLAP);
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
