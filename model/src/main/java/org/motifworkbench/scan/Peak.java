package org.motifworkbench.scan;

import org.motifworkbench.genome.GenomicInterval;

/**
 * Windows at or above a threshold merged into one region: its extent (the windows' full extents,
 * 0-based half-open), the highest window value in it and that window's centre (the summit).
 */
public record Peak(String contig, long start, long end, double max, long summit) {

  public GenomicInterval interval() {
    return new GenomicInterval(contig, start, end);
  }
}
