package org.motifworkbench.motif;

/**
 * The best alignment of a query with one target over all offsets and both strands, chosen by the
 * smallest p-value of its overlap (then the larger score); {@code pValue} is not yet corrected for
 * the number of alignments tried.
 */
record Alignment(int offset, char strand, int overlap, double score, double pValue, int tried) {

  /** Searches every offset with at least {@code minOverlap} aligned columns on both strands. */
  static Alignment best(
      QueryScores scores, OverlapNull nul, TargetColumns targets, int k, int minOverlap) {
    int wq = scores.width();
    int wt = targets.width(k);
    int first = targets.start(k);
    Alignment best = null;
    for (int s = 0; s < 2; s++) {
      for (int offset = minOverlap - wq; offset <= wt - minOverlap; offset++) {
        int from = Math.max(0, -offset);
        int to = Math.min(wq, wt - offset);
        double score = 0;
        int bins = 0;
        for (int i = from; i < to; i++) {
          score += scores.score(s, i, first + i + offset);
          bins += scores.bin(s, i, first + i + offset);
        }
        int length = to - from;
        int forwardStart = s == 0 ? from : wq - to;
        double p = nul.pValue(forwardStart, length, bins);
        if (best == null || p < best.pValue || (p == best.pValue && score > best.score)) {
          best = new Alignment(offset, s == 0 ? '+' : '-', length, score, p, 0);
        }
      }
    }
    int tried = 2 * (wq + wt - 2 * minOverlap + 1);
    return new Alignment(best.offset, best.strand, best.overlap, best.score, best.pValue, tried);
  }

  /**
   * The p-value of the best of {@link #tried} alignments (Sidak): 1 - (1 - p)^tried, computed so
   * that tiny p-values keep their precision.
   */
  double correctedPValue() {
    if (pValue >= 1) {
      return 1;
    }
    return Math.min(1, -Math.expm1(tried * Math.log1p(-pValue)));
  }
}
