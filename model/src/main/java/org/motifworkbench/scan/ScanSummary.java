package org.motifworkbench.scan;

/**
 * What a scan did: windows scored, windows left without a value because more than half their bases
 * are N, bases of the regions scanned, and the seconds it took.
 */
public record ScanSummary(long windows, long gapWindows, long bases, double seconds) {

  /** Megabases of region scanned per second. */
  public double megabasesPerSecond() {
    return bases / 1e6 / Math.max(seconds, 1e-9);
  }
}
