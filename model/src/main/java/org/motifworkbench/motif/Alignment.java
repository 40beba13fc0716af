package org.motifworkbench.motif;

/**
 * The best alignment of a query with one target on one strand: the offset with the highest complete
 * score (ties: the larger overlap, then the first offset), as Tomtom chooses it.
 *
 * @param offset target column aligned with the query's first column, counted on the strand the
 *     query is read (the query is reverse-complemented for {@code '-'})
 * @param strand '+' or '-'
 * @param overlap number of aligned columns
 * @param score sum of the column similarities over the aligned columns
 * @param binned the complete score: bins of the aligned columns plus the median bin of every query
 *     column outside the overlap
 */
record Alignment(int offset, char strand, int overlap, double score, int binned) {

  /**
   * Searches every offset with at least {@code minOverlap} aligned columns on strand {@code s} (0
   * the target as given, 1 its reverse complement, which is the query's reverse complement against
   * the target).
   */
  static Alignment best(QueryScores scores, TargetColumns targets, int k, int s, int minOverlap) {
    int wq = scores.width();
    int wt = targets.width(k);
    int first = targets.start(k, s);
    int unaligned = scores.unalignedBin();
    int bestBinned = Integer.MIN_VALUE;
    int bestOffset = 0;
    int bestOverlap = 0;
    for (int offset = minOverlap - wq; offset <= wt - minOverlap; offset++) {
      int from = Math.max(0, -offset);
      int to = Math.min(wq, wt - offset);
      int binned = (wq - (to - from)) * unaligned;
      int[] bins = scores.bins();
      int step = scores.columns() + 1;
      for (int i = from, at = from * scores.columns() + first + from + offset; i < to; i++) {
        binned += bins[at];
        at += step;
      }
      if (binned > bestBinned || (binned == bestBinned && to - from > bestOverlap)) {
        bestBinned = binned;
        bestOffset = offset;
        bestOverlap = to - from;
      }
    }
    double score = 0;
    int from = Math.max(0, -bestOffset);
    for (int i = from; i < from + bestOverlap; i++) {
      score += scores.score(i, first + i + bestOffset);
    }
    // On the reverse strand the query's column i meets the reversed target's column i + offset,
    // which is the target's column wt - 1 - i - offset: read from the query's reverse complement,
    // the offset is wt - wq - offset.
    int offset = s == 0 ? bestOffset : wt - wq - bestOffset;
    return new Alignment(offset, s == 0 ? '+' : '-', bestOverlap, score, bestBinned);
  }
}
