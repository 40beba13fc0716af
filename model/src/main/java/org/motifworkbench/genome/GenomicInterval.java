package org.motifworkbench.genome;

import java.util.Comparator;

/**
 * A stretch of a contig in BED's coordinates: 0-based start, end exclusive ({@code chr1:100-200} is
 * 100 bases, the first at 1-based position 101).
 */
public record GenomicInterval(String contig, long start, long end)
    implements Comparable<GenomicInterval> {

  private static final Comparator<GenomicInterval> ORDER =
      Comparator.comparing(GenomicInterval::contig)
          .thenComparingLong(GenomicInterval::start)
          .thenComparingLong(GenomicInterval::end);

  public GenomicInterval {
    if (contig == null || contig.isEmpty()) {
      throw new IllegalArgumentException("an interval needs a contig name");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "interval " + contig + ":" + start + "-" + end + " has start < 0 or end < start");
    }
  }

  public long length() {
    return end - start;
  }

  public boolean overlaps(GenomicInterval other) {
    return contig.equals(other.contig) && start < other.end && other.start < end;
  }

  /** {@code chr1:100-200}, the header form the workbench writes (0-based start, as BED). */
  @Override
  public String toString() {
    return contig + ":" + start + "-" + end;
  }

  /** By contig name, then start, then end (the order of {@code sort -k1,1 -k2,2n}). */
  @Override
  public int compareTo(GenomicInterval o) {
    return ORDER.compare(this, o);
  }
}
