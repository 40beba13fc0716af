package org.motifworkbench.peaks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.motifworkbench.genome.GenomicInterval;

/**
 * A fixed set of genomic intervals, merged per contig (as {@code bedtools merge} does), that
 * answers whether a window overlaps any of them in logarithmic time.
 */
final class IntervalSet {

  private record Merged(long[] starts, long[] ends) {}

  private final Map<String, Merged> byContig;

  private IntervalSet(Map<String, Merged> byContig) {
    this.byContig = byContig;
  }

  static IntervalSet of(Collection<GenomicInterval> intervals) {
    return padded(intervals, 0);
  }

  /** The intervals widened by {@code margin} bases on both sides. */
  static IntervalSet padded(Collection<GenomicInterval> intervals, long margin) {
    Map<String, List<long[]>> grouped = new HashMap<>();
    for (GenomicInterval i : intervals) {
      grouped
          .computeIfAbsent(i.contig(), c -> new ArrayList<>())
          .add(new long[] {i.start() - margin, i.end() + margin});
    }
    Map<String, Merged> byContig = new HashMap<>();
    for (Map.Entry<String, List<long[]>> e : grouped.entrySet()) {
      List<long[]> list = e.getValue();
      list.sort((a, b) -> Long.compare(a[0], b[0]));
      long[] starts = new long[list.size()];
      long[] ends = new long[list.size()];
      int n = 0;
      for (long[] i : list) {
        if (n > 0 && i[0] <= ends[n - 1]) {
          ends[n - 1] = Math.max(ends[n - 1], i[1]);
        } else {
          starts[n] = i[0];
          ends[n] = i[1];
          n++;
        }
      }
      byContig.put(e.getKey(), new Merged(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n)));
    }
    return new IntervalSet(byContig);
  }

  static IntervalSet empty() {
    return new IntervalSet(Map.of());
  }

  /**
   * True when the window {@code [start, end)} on {@code contig} shares a base with any interval.
   */
  boolean overlaps(String contig, long start, long end) {
    Merged m = byContig.get(contig);
    if (m == null) {
      return false;
    }
    // the last interval starting before the window's end is the only one that can reach into it,
    // since merged intervals are disjoint and sorted
    int i = Arrays.binarySearch(m.starts(), end);
    int last = i >= 0 ? i - 1 : -i - 2;
    if (last < 0) {
      return false;
    }
    return m.ends()[last] > start;
  }

  boolean overlaps(GenomicInterval window) {
    return overlaps(window.contig(), window.start(), window.end());
  }
}
