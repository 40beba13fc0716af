package org.motifworkbench.peaks;

import java.util.ArrayList;
import java.util.List;

/**
 * The GC content of a class of windows: its mean (G and C over the bases that are not N) and a
 * histogram in bins of {@value #BIN_PERCENT}% (bin i holds GC from 2i% up to 2i+2%; 100% goes to
 * the last bin).
 */
public record GcSummary(int windows, double mean, List<Integer> bins) {

  public static final int BIN_PERCENT = 2;
  public static final int BIN_COUNT = 100 / BIN_PERCENT;

  public GcSummary {
    bins = List.copyOf(bins);
  }

  /** The bin of a GC fraction in [0, 1]. */
  public static int binOf(double gc) {
    return Math.min(BIN_COUNT - 1, (int) Math.floor(gc * BIN_COUNT + 1e-9));
  }

  /** The GC fraction of {@code bases} (G and C over A, C, G and T, any case); NaN when none. */
  public static double gcOf(CharSequence bases) {
    int gc = 0;
    int acgt = 0;
    for (int i = 0; i < bases.length(); i++) {
      switch (bases.charAt(i)) {
        case 'G', 'C', 'g', 'c' -> {
          gc++;
          acgt++;
        }
        case 'A', 'T', 'a', 't' -> acgt++;
        default -> {}
      }
    }
    return acgt == 0 ? Double.NaN : (double) gc / acgt;
  }

  /** Adds up GC values into a summary. */
  static final class Tally {
    private final int[] bins = new int[BIN_COUNT];
    private double sum;
    private int n;

    void add(double gc) {
      if (Double.isNaN(gc)) {
        return;
      }
      bins[binOf(gc)]++;
      sum += gc;
      n++;
    }

    GcSummary summary() {
      List<Integer> list = new ArrayList<>(BIN_COUNT);
      for (int b : bins) {
        list.add(b);
      }
      return new GcSummary(n, n == 0 ? Double.NaN : sum / n, list);
    }
  }
}
