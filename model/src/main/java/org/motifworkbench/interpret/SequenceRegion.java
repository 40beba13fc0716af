package org.motifworkbench.interpret;

/**
 * A stretch of an explained sequence to draw: positions {@code start} (0-based) up to {@code end}
 * (exclusive) of the attribution arrays. Figures of a region keep the bases' own coordinates; see
 * {@link Attribution#slice}.
 *
 * @param start first position, 0-based
 * @param end one past the last position
 */
public record SequenceRegion(int start, int end) {

  public SequenceRegion {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "A region needs 0 <= start < end, not " + start + " to " + end + ".");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int position) {
    return position >= start && position < end;
  }

  /**
   * The {@code width} consecutive positions within {@code within} whose summed |score| is largest
   * (the first such window on ties); all of {@code within} when it is not longer than {@code
   * width}.
   */
  public static SequenceRegion strongest(float[] scores, int width, SequenceRegion within) {
    if (width < 1) {
      throw new IllegalArgumentException("A window needs at least 1 base, not " + width + ".");
    }
    if (within.end() > scores.length) {
      throw new IllegalArgumentException(
          "The region ends at " + within.end() + " but there are " + scores.length + " scores.");
    }
    if (within.length() <= width) {
      return within;
    }
    double sum = 0;
    for (int i = within.start(); i < within.start() + width; i++) {
      sum += Math.abs(scores[i]);
    }
    double best = sum;
    int bestStart = within.start();
    for (int s = within.start() + 1; s + width <= within.end(); s++) {
      sum += Math.abs(scores[s + width - 1]) - Math.abs(scores[s - 1]);
      // a small tolerance keeps the first window when rounding makes equal sums differ
      if (sum > best + 1e-9 * Math.max(1, Math.abs(best))) {
        best = sum;
        bestStart = s;
      }
    }
    return new SequenceRegion(bestStart, bestStart + width);
  }
}
