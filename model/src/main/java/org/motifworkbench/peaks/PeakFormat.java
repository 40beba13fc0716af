package org.motifworkbench.peaks;

import java.util.Locale;

/**
 * The peak file formats read: BED (3 or more columns), MACS2/ENCODE narrowPeak (10 columns, the
 * summit in column 10 as an offset from the start, -1 for none) and broadPeak (9 columns, no
 * summit).
 */
public enum PeakFormat {
  BED("BED", 3),
  NARROW_PEAK("narrowPeak", 10),
  BROAD_PEAK("broadPeak", 9);

  private final String title;
  private final int columns;

  PeakFormat(String title, int columns) {
    this.title = title;
    this.columns = columns;
  }

  public String title() {
    return title;
  }

  /** The fewest columns a line of this format has. */
  public int columns() {
    return columns;
  }

  /**
   * The format a file name says ({@code .narrowPeak}, {@code .broadPeak}, with or without {@code
   * .gz}), or null when the name does not say (a {@code .bed} file may hold narrowPeak lines, as
   * ENCODE's {@code .bed.gz} downloads do; the first line decides then).
   */
  static PeakFormat fromName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".narrowpeak")) {
      return NARROW_PEAK;
    }
    if (name.endsWith(".broadpeak")) {
      return BROAD_PEAK;
    }
    return null;
  }
}
