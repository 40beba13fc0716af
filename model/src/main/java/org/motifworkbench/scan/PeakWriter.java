package org.motifworkbench.scan;

import java.util.List;
import java.util.Locale;

/**
 * Peaks as text: BED6 ({@code chrom start end peak_i score .}, score the peak's highest probability
 * scaled to 0-1000, as the UCSC browser shades it), or narrowPeak (BED6 + signal value, -1, -1 and
 * the summit's offset from the start, MACS2's columns) for a file ending in {@code .narrowPeak},
 * which {@code mwb dataset} can read back with its summits.
 */
public final class PeakWriter {

  private PeakWriter() {}

  /** Whether a file of this name gets narrowPeak's ten columns. */
  public static boolean isNarrowPeak(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".narrowpeak");
  }

  /**
   * The text of {@code peaks} (sorted by contig name and position).
   *
   * @param unit the unit of the peaks' values (a logit is turned into a probability for the score)
   */
  public static String text(List<Peak> peaks, ScoreUnit unit, boolean narrowPeak) {
    List<Peak> sorted =
        peaks.stream().sorted((a, b) -> a.interval().compareTo(b.interval())).toList();
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (Peak p : sorted) {
      double probability = unit == ScoreUnit.LOGIT ? 1 / (1 + Math.exp(-p.max())) : p.max();
      long score = Math.round(1000 * Math.min(1, Math.max(0, probability)));
      out.append(p.contig())
          .append('\t')
          .append(p.start())
          .append('\t')
          .append(p.end())
          .append("\tpeak_")
          .append(++n)
          .append('\t')
          .append(score)
          .append("\t.");
      if (narrowPeak) {
        out.append('\t')
            .append(BedGraphWriter.format(p.max()))
            .append("\t-1\t-1\t")
            .append(p.summit() - p.start());
      }
      out.append('\n');
    }
    return out.toString();
  }
}
