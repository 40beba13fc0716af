package org.motifworkbench.peaks;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.motifworkbench.genome.Contig;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;

/**
 * Cuts windows of one width from the genome and says why one cannot be used: it runs off its
 * chromosome, overlaps the blacklist or a region to avoid (the peaks, for backgrounds), or holds
 * too many N. Soft-masked bases are kept and upper-cased.
 */
final class WindowCutter {

  /** Why a window was left out. */
  enum Reason {
    OFF_CHROMOSOME,
    TOO_MANY_N,
    BLACKLISTED,
    DUPLICATE,
    OVERLAPS_PEAK
  }

  /** Counts of windows left out, by reason. */
  static final class Tally {
    private final EnumMap<Reason, Integer> counts = new EnumMap<>(Reason.class);

    void add(Reason reason) {
      counts.merge(reason, 1, Integer::sum);
    }

    int get(Reason reason) {
      return counts.getOrDefault(reason, 0);
    }

    DatasetReport.Skips skips() {
      return new DatasetReport.Skips(
          get(Reason.OFF_CHROMOSOME),
          get(Reason.TOO_MANY_N),
          get(Reason.BLACKLISTED),
          get(Reason.DUPLICATE),
          get(Reason.OVERLAPS_PEAK));
    }
  }

  private final ReferenceGenome genome;
  private final Map<String, Long> lengths = new HashMap<>();
  private final IntervalSet blacklist;
  private final IntervalSet avoid;
  private final int width;
  private final int maxN;

  /**
   * @param avoid windows overlapping these are refused as {@link Reason#OVERLAPS_PEAK}
   * @param maxN the most N bases a window may hold
   */
  WindowCutter(
      ReferenceGenome genome, IntervalSet blacklist, IntervalSet avoid, int width, int maxN) {
    this.genome = genome;
    for (Contig c : genome.contigs()) {
      lengths.put(c.name(), c.length());
    }
    this.blacklist = blacklist;
    this.avoid = avoid;
    this.width = width;
    this.maxN = maxN;
  }

  int width() {
    return width;
  }

  long contigLength(String contig) {
    return lengths.getOrDefault(contig, 0L);
  }

  /** The window starting at {@code start}, or null after counting why it cannot be used. */
  Window cut(String contig, long start, Tally skipped) {
    long end = start + width;
    if (start < 0 || end > contigLength(contig)) {
      skipped.add(Reason.OFF_CHROMOSOME);
      return null;
    }
    if (blacklist.overlaps(contig, start, end)) {
      skipped.add(Reason.BLACKLISTED);
      return null;
    }
    if (avoid.overlaps(contig, start, end)) {
      skipped.add(Reason.OVERLAPS_PEAK);
      return null;
    }
    String raw = genome.bases(contig, start, end);
    int n = 0;
    boolean softMasked = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == 'N' || c == 'n') {
        n++;
      } else if (Character.isLowerCase(c)) {
        softMasked = true;
      }
    }
    if (n > maxN) {
      skipped.add(Reason.TOO_MANY_N);
      return null;
    }
    String bases = raw.toUpperCase(Locale.ROOT);
    return new Window(
        new GenomicInterval(contig, start, end), bases, softMasked, GcSummary.gcOf(bases));
  }
}
