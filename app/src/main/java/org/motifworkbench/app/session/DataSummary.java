package org.motifworkbench.app.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.motifworkbench.sequence.InputWarning;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

/**
 * What the Data screen shows about an opened data set; computed off the FX thread, plain values
 * only.
 *
 * @param sequenceCount number of sequences read
 * @param classes one row per class, in class order
 * @param lengths the spread of sequence lengths
 * @param ceiling the best accuracy any model can reach, when a synthetic set's sidecar says so
 * @param warnings "file:line: message" for everything odd but usable in the input
 */
public record DataSummary(
    int sequenceCount,
    List<ClassSummary> classes,
    LengthSummary lengths,
    OptionalDouble ceiling,
    List<String> warnings) {

  public DataSummary {
    classes = List.copyOf(classes);
    warnings = List.copyOf(warnings);
  }

  /**
   * One row of the class table.
   *
   * @param share fraction of all sequences, 0..1
   * @param meanGc mean over the class's sequences of each one's GC fraction, 0..1 (NaN when no
   *     sequence has an unambiguous base)
   */
  public record ClassSummary(String name, int sequences, double share, double meanGc) {}

  /** Summarises a sequence set; {@code ceiling} comes from the set's sidecar file, if any. */
  public static DataSummary of(SequenceSet set, OptionalDouble ceiling) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, double[]> gcSums = new LinkedHashMap<>();
    for (String name : set.classNames()) {
      counts.put(name, new int[1]);
      gcSums.put(name, new double[2]); // sum of GC fractions, number of sequences with a fraction
    }
    int[] lengths = new int[set.size()];
    for (int i = 0; i < set.size(); i++) {
      SequenceRecord r = set.records().get(i);
      lengths[i] = r.length();
      counts.computeIfAbsent(r.label(), k -> new int[1])[0]++;
      double gc = gcFraction(r.bases());
      if (!Double.isNaN(gc)) {
        double[] sum = gcSums.computeIfAbsent(r.label(), k -> new double[2]);
        sum[0] += gc;
        sum[1]++;
      }
    }
    List<ClassSummary> rows = new ArrayList<>();
    int total = set.size();
    counts.forEach(
        (name, n) -> {
          double[] gc = gcSums.get(name);
          rows.add(
              new ClassSummary(
                  name,
                  n[0],
                  total == 0 ? 0 : (double) n[0] / total,
                  gc[1] == 0 ? Double.NaN : gc[0] / gc[1]));
        });
    List<String> warnings = set.warnings().stream().map(InputWarning::toString).toList();
    return new DataSummary(total, rows, LengthSummary.of(lengths), ceiling, warnings);
  }

  /**
   * G, C and S (G or C) over all bases whose GC status is known (A C G T U S W); N and the other
   * ambiguity codes are left out. NaN when no such base exists.
   */
  static double gcFraction(String bases) {
    int gc = 0;
    int known = 0;
    for (int i = 0; i < bases.length(); i++) {
      switch (Character.toUpperCase(bases.charAt(i))) {
        case 'G', 'C', 'S' -> {
          gc++;
          known++;
        }
        case 'A', 'T', 'U', 'W' -> known++;
        default -> {}
      }
    }
    return known == 0 ? Double.NaN : (double) gc / known;
  }

  /**
   * Sequence lengths: minimum, median, maximum and a histogram of equal-width bins.
   *
   * @param median the middle length (mean of the two middle ones for an even count)
   * @param bins the histogram; empty when all sequences have one length
   */
  public record LengthSummary(int min, double median, int max, List<LengthBin> bins) {

    /** At most this many bars in the histogram. */
    static final int MAX_BINS = 20;

    public LengthSummary {
      bins = List.copyOf(bins);
    }

    /** Whether all sequences have the same length (then there is no histogram). */
    public boolean uniform() {
      return min == max;
    }

    static LengthSummary of(int[] lengths) {
      if (lengths.length == 0) {
        return new LengthSummary(0, 0, 0, List.of());
      }
      int[] sorted = lengths.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
      int min = sorted[0];
      int max = sorted[n - 1];
      return new LengthSummary(min, median, max, min == max ? List.of() : bins(sorted, min, max));
    }

    private static List<LengthBin> bins(int[] sorted, int min, int max) {
      int span = max - min + 1;
      int width = (span + MAX_BINS - 1) / MAX_BINS;
      int binCount = (span + width - 1) / width;
      int[] counts = new int[binCount];
      for (int length : sorted) {
        counts[(length - min) / width]++;
      }
      List<LengthBin> bins = new ArrayList<>(binCount);
      for (int b = 0; b < binCount; b++) {
        int from = min + b * width;
        bins.add(new LengthBin(from, Math.min(max, from + width - 1), counts[b]));
      }
      return bins;
    }
  }

  /** Sequences whose length lies in {@code [from, to]} bp. */
  public record LengthBin(int from, int to, int count) {

    /** "48" for a one-length bin, "40-49" otherwise. */
    public String label() {
      return from == to ? Integer.toString(from) : from + "-" + to;
    }
  }
}
