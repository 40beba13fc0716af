package org.motifworkbench.peaks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.motifworkbench.progress.CancellationToken;

/**
 * Draws random genome windows of one chromosome until each GC bin holds as many as wanted, as
 * HOMER's and gkmSVM's null sequence generators do: windows overlapping a peak (with a margin), the
 * blacklist or another background, or holding too many N, are refused; a window whose GC bin is
 * already full is passed over. Gives up on a chromosome after {@value #DRAWS_PER_WINDOW} draws per
 * wanted window (plus {@value #EXTRA_DRAWS}), so rare GC bins end unfilled and are reported instead
 * of taking forever.
 */
final class GcMatchedSampler {

  static final int DRAWS_PER_WINDOW = 200;
  static final int EXTRA_DRAWS = 10_000;

  /** The windows found, how many draws it took, and what each GC bin still lacks. */
  record Result(List<Window> windows, long draws, int[] missing) {}

  private GcMatchedSampler() {}

  static Result sample(
      WindowCutter cutter,
      String contig,
      int[] wanted,
      SplittableRandom random,
      WindowCutter.Tally skipped,
      CancellationToken cancel) {
    int[] missing = wanted.clone();
    int remaining = 0;
    for (int w : wanted) {
      remaining += w;
    }
    List<Window> found = new ArrayList<>();
    long span = cutter.contigLength(contig) - cutter.width() + 1;
    if (span <= 0 || remaining == 0) {
      return new Result(found, 0, missing);
    }
    TreeSet<Long> starts = new TreeSet<>();
    long budget = (long) DRAWS_PER_WINDOW * remaining + EXTRA_DRAWS;
    long draws = 0;
    while (remaining > 0 && draws < budget) {
      if (++draws % 4096 == 0) {
        cancel.throwIfCancelled();
      }
      long start = random.nextLong(span);
      if (overlapsAnother(starts, start, cutter.width())) {
        skipped.add(WindowCutter.Reason.DUPLICATE);
        continue;
      }
      Window w = cutter.cut(contig, start, skipped);
      if (w == null || Double.isNaN(w.gc())) {
        continue;
      }
      int bin = GcSummary.binOf(w.gc());
      if (missing[bin] == 0) {
        continue;
      }
      missing[bin]--;
      remaining--;
      starts.add(start);
      found.add(w);
    }
    found.sort((a, b) -> a.interval().compareTo(b.interval()));
    return new Result(found, draws, missing);
  }

  private static boolean overlapsAnother(NavigableSet<Long> starts, long start, int width) {
    Long below = starts.floor(start);
    Long above = starts.ceiling(start);
    return (below != null && start - below < width) || (above != null && above - start < width);
  }

  /** The unfilled bins of one chromosome, e.g. {@code chr1 70-72% GC: 3 of 5 found}. */
  static List<String> describeMissing(String contig, int[] wanted, int[] missing) {
    List<String> out = new ArrayList<>();
    for (int b = 0; b < missing.length; b++) {
      if (missing[b] > 0) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s %d-%d%% GC: %d of %d found",
                contig,
                b * GcSummary.BIN_PERCENT,
                (b + 1) * GcSummary.BIN_PERCENT,
                wanted[b] - missing[b],
                wanted[b]));
      }
    }
    return out;
  }
}
