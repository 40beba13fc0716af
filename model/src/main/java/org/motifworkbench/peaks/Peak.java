package org.motifworkbench.peaks;

import org.motifworkbench.genome.GenomicInterval;

/**
 * One peak as read from a peak file: its interval (0-based, end exclusive, as in the file), its
 * summit as a 0-based position on the contig (-1 when the file gives none) and the line it came
 * from.
 */
public record Peak(GenomicInterval interval, long summit, int line) {

  /** The base a window is centred on: the summit, or else the middle base of the peak. */
  public long centre() {
    return summit >= 0 ? summit : interval.start() + interval.length() / 2;
  }

  public String contig() {
    return interval.contig();
  }
}
