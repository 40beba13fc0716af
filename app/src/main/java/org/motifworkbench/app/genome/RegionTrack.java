package org.motifworkbench.app.genome;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.scan.BedGraphWriter;
import org.motifworkbench.scan.Peak;
import org.motifworkbench.scan.PeakCaller;
import org.motifworkbench.scan.ScanFiles;
import org.motifworkbench.scan.ScanOptions;
import org.motifworkbench.scan.ScanSummary;
import org.motifworkbench.scan.WindowScore;

/**
 * A scanned region held in memory for the region view: each window's centre and value (windows with
 * more than half N are absent), and what the scan was. Its bedGraph is what {@code mwb scan} writes
 * for the same region and options.
 *
 * @param centres window centres (0-based), ascending
 * @param values the values at {@code centres}
 */
public record RegionTrack(
    GenomicInterval region,
    long contigLength,
    int windowLength,
    String className,
    String modelName,
    ScanOptions options,
    long[] centres,
    double[] values,
    ScanSummary summary) {

  /** The merged peaks of windows at or above {@code threshold}. */
  public List<Peak> peaks(double threshold) {
    PeakCaller caller = new PeakCaller(threshold, windowLength);
    for (int i = 0; i < centres.length; i++) {
      caller.accept(score(i));
    }
    return caller.peaks();
  }

  /** The track line's description: what was scored, e.g. "P(peak) of each 100-bp window ...". */
  public String description() {
    return ScanFiles.description(className, windowLength, options);
  }

  /** Writes the track as bedGraph, with a line at {@code threshold}. */
  public void writeBedGraph(Writer out, double threshold) throws IOException {
    BedGraphWriter writer =
        new BedGraphWriter(
            out,
            BedGraphWriter.trackLine(modelName, description(), threshold),
            options.step(),
            contig -> contigLength);
    for (int i = 0; i < centres.length; i++) {
      writer.accept(score(i));
    }
    writer.finish();
    out.flush();
  }

  /**
   * The track between {@code from} and {@code to} reduced to at most {@code bins} points, each the
   * highest value of its bin at that value's position (so narrow peaks survive, as in IGV's maximum
   * windowing function); every point when there are few enough. {x[], y[]}.
   */
  public double[][] points(double from, double to, int bins) {
    int a = lowerBound(centres, (long) Math.floor(from));
    int b = lowerBound(centres, (long) Math.floor(to) + 1);
    int n = b - a;
    if (n <= bins) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = centres[a + i];
      }
      return new double[][] {x, Arrays.copyOfRange(values, a, b)};
    }
    double width = (to - from) / bins;
    double[] x = new double[bins];
    double[] y = new double[bins];
    int kept = 0;
    int i = a;
    for (int bin = 0; bin < bins && i < b; bin++) {
      double end = from + (bin + 1) * width;
      int best = -1;
      while (i < b && (centres[i] < end || bin == bins - 1)) {
        if (best < 0 || values[i] > values[best]) {
          best = i;
        }
        i++;
      }
      if (best >= 0) {
        x[kept] = centres[best];
        y[kept] = values[best];
        kept++;
      }
    }
    return new double[][] {Arrays.copyOf(x, kept), Arrays.copyOf(y, kept)};
  }

  private WindowScore score(int i) {
    return new WindowScore(region.contig(), centres[i] - windowLength / 2, centres[i], values[i]);
  }

  private static int lowerBound(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
