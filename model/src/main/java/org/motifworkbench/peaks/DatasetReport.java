package org.motifworkbench.peaks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a peak data set holds and what was left out on the way: peaks read, windows written per
 * class, windows skipped and why, windows with soft-masked (repeat) bases, and the GC content of
 * both classes. {@link #lines()} says it in words, for the command line and the app alike.
 */
public record DatasetReport(
    String peakFile,
    PeakFormat format,
    DatasetOptions options,
    int peaksRead,
    int peakWindows,
    int backgroundWindows,
    int backgroundsWanted,
    Skips peakSkips,
    Skips backgroundSkips,
    long backgroundDraws,
    int softMaskedPeakWindows,
    int softMaskedBackgroundWindows,
    GcSummary peakGc,
    GcSummary backgroundGc,
    List<String> unfilledBins) {

  public DatasetReport {
    unfilledBins = List.copyOf(unfilledBins);
  }

  /**
   * Windows left out, by reason: running off a chromosome, too many N, overlapping the blacklist,
   * the same window as one already written, overlapping a peak (backgrounds only).
   */
  public record Skips(
      int offChromosome, int tooManyN, int blacklisted, int duplicates, int overlapsPeak) {

    public int total() {
      return offChromosome + tooManyN + blacklisted + duplicates + overlapsPeak;
    }

    String describe(DatasetOptions options, boolean backgrounds) {
      List<String> parts = new ArrayList<>();
      add(parts, offChromosome, "running off a chromosome");
      add(
          parts,
          tooManyN,
          String.format(Locale.ROOT, "with more than %.0f%% N", options.maxN() * 100));
      add(parts, blacklisted, "overlapping the excluded regions");
      add(parts, duplicates, backgrounds ? "overlapping another background" : "duplicates");
      add(parts, overlapsPeak, "overlapping a peak");
      return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int n, String what) {
      if (n > 0) {
        parts.add(String.format(Locale.ROOT, "%,d %s", n, what));
      }
    }
  }

  /** The report as lines of plain text. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    int w = options.width();
    out.add(String.format(Locale.ROOT, "Peaks read: %,d (%s)", peaksRead, format.title()));
    out.add(
        String.format(
            Locale.ROOT,
            "Windows of %d bases centred on each %s (the centre base is the window's %s).",
            w,
            format == PeakFormat.NARROW_PEAK ? "summit" : "peak's middle",
            ordinal(w / 2 + 1)));
    out.add(
        String.format(
            Locale.ROOT,
            "Written: %,d peak windows, %,d background windows (%s)",
            peakWindows,
            backgroundWindows,
            options.background().id()));
    out.add("Peak windows skipped: " + peakSkips.describe(options, false));
    if (options.background() == Background.GC_MATCHED) {
      out.add(
          String.format(
              Locale.ROOT,
              "Random genome windows drawn: %,d; rejected: %s",
              backgroundDraws,
              backgroundSkips.describe(options, true)));
    } else if (options.background() == Background.FLANKS) {
      out.add(
          String.format(
              Locale.ROOT,
              "Flank positions (%,d bases from the peak centre) unusable: %s",
              options.effectiveFlankDistance(),
              backgroundSkips.describe(options, true)));
    }
    if (backgroundWindows < backgroundsWanted) {
      out.add(
          String.format(
              Locale.ROOT,
              "Backgrounds: %,d of the %,d wanted could be found.",
              backgroundWindows,
              backgroundsWanted));
    }
    out.add(
        String.format(
            Locale.ROOT,
            "Windows with soft-masked (lower-case) bases, kept and written upper case: %,d peak,"
                + " %,d background",
            softMaskedPeakWindows,
            softMaskedBackgroundWindows));
    out.add(
        String.format(
            Locale.ROOT,
            "Mean GC: peak windows %.1f%%, background windows %.1f%%",
            peakGc.mean() * 100,
            backgroundGc.mean() * 100));
    if (options.background() == Background.GC_MATCHED) {
      out.add("GC histogram (" + GcSummary.BIN_PERCENT + "% bins): peak / background windows");
      for (int b = 0; b < GcSummary.BIN_COUNT; b++) {
        int p = peakGc.bins().get(b);
        int g = backgroundGc.bins().get(b);
        if (p > 0 || g > 0) {
          out.add(
              String.format(
                  Locale.ROOT,
                  "  %2d-%d%%  %,6d / %,d",
                  b * GcSummary.BIN_PERCENT,
                  (b + 1) * GcSummary.BIN_PERCENT,
                  p,
                  g));
        }
      }
      if (!unfilledBins.isEmpty()) {
        out.add("GC bins that could not be filled: " + String.join("; ", unfilledBins));
      }
    }
    return out;
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
