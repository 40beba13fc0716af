package org.motifworkbench.peaks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.motifworkbench.genome.Contig;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Makes a training set from a peak file and a reference genome: a window of width W on each peak,
 * {@code start = centre - W/2} (integer division) where the centre is the summit (narrowPeak) or
 * the middle base of the peak ({@code start + length/2}); so the centre base is the window's
 * (W/2+1)th, with as many bases before it as after for odd W and one more before for even W. Peak
 * windows are skipped (and counted) when they run off their chromosome, overlap the blacklist, hold
 * more N than allowed, or repeat a window already taken (two peaks with one summit). Then the
 * background windows, one kind of {@link Background}, seeded. A pure function of its files and
 * options, so it gives the same set for the same seed.
 */
public final class PeakDatasetBuilder {

  private PeakDatasetBuilder() {}

  /**
   * Builds the data set.
   *
   * @param exclude a BED file of regions to leave out (an ENCODE blacklist), or null
   * @throws InvalidInputException for a bad peak or blacklist line, a chromosome the genome lacks
   *     (naming both files' names for it) or options that cannot be used
   */
  public static PeakDataset build(
      Path peakFile,
      Path genomeFile,
      Path exclude,
      DatasetOptions options,
      ProgressListener progress,
      CancellationToken cancel) {
    List<String> problems = options.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    progress.progress(-1, "Reading " + peakFile.getFileName());
    PeakReader.PeakFile peaks = PeakReader.read(peakFile, cancel);
    IntervalSet blacklist =
        exclude == null
            ? IntervalSet.empty()
            : IntervalSet.of(PeakReader.readIntervals(exclude, cancel));
    try (ReferenceGenome genome = ReferenceGenome.open(genomeFile)) {
      checkContigs(peaks, genome);
      return new Run(peaks, genome, blacklist, options, progress, cancel).build();
    }
  }

  private static void checkContigs(PeakReader.PeakFile peaks, ReferenceGenome genome) {
    Set<String> checked = new HashSet<>();
    for (Peak p : peaks.peaks()) {
      if (checked.add(p.contig())) {
        String missing = genome.missingContig(p.contig()).orElse(null);
        if (missing != null) {
          throw new InvalidInputException(
              new SourceLocation(peaks.file().toString(), p.line()),
              missing + " This is the first peak on it.");
        }
      }
    }
  }

  /** One build: the state shared by its steps. */
  private static final class Run {
    private final PeakReader.PeakFile peaks;
    private final ReferenceGenome genome;
    private final IntervalSet blacklist;
    private final DatasetOptions options;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private final SplittableRandom random;
    private final List<Window> peakWindows = new ArrayList<>();
    private final List<SequenceRecord> records = new ArrayList<>();
    private final WindowCutter.Tally peakSkips = new WindowCutter.Tally();
    private final WindowCutter.Tally backgroundSkips = new WindowCutter.Tally();
    private final GcSummary.Tally peakGc = new GcSummary.Tally();
    private final GcSummary.Tally backgroundGc = new GcSummary.Tally();
    private final List<String> unfilled = new ArrayList<>();
    private int softMaskedPeaks;
    private int softMaskedBackgrounds;
    private int backgrounds;
    private long draws;

    Run(
        PeakReader.PeakFile peaks,
        ReferenceGenome genome,
        IntervalSet blacklist,
        DatasetOptions options,
        ProgressListener progress,
        CancellationToken cancel) {
      this.peaks = peaks;
      this.genome = genome;
      this.blacklist = blacklist;
      this.options = options;
      this.progress = progress;
      this.cancel = cancel;
      this.random = new SplittableRandom(options.seed());
    }

    PeakDataset build() {
      cutPeakWindows();
      switch (options.background()) {
        case SHUFFLED -> shuffled();
        case GC_MATCHED -> gcMatched();
        case FLANKS -> flanks();
      }
      progress.progress(1, "Done");
      DatasetReport report =
          new DatasetReport(
              peaks.file().toString(),
              peaks.format(),
              options,
              peaks.peaks().size(),
              peakWindows.size(),
              backgrounds,
              peakWindows.size() * options.backgroundRatio(),
              peakSkips.skips(),
              backgroundSkips.skips(),
              draws,
              softMaskedPeaks,
              softMaskedBackgrounds,
              peakGc.summary(),
              backgroundGc.summary(),
              unfilled);
      return new PeakDataset(records, report);
    }

    private long windowStart(Peak p) {
      return p.centre() - options.width() / 2;
    }

    private void cutPeakWindows() {
      WindowCutter cutter =
          new WindowCutter(
              genome, blacklist, IntervalSet.empty(), options.width(), options.maxNBases());
      Set<String> taken = new HashSet<>();
      List<Peak> all = peaks.peaks();
      for (int i = 0; i < all.size(); i++) {
        Peak p = all.get(i);
        if (i % 1000 == 0) {
          cancel.throwIfCancelled();
          progress.progress(0.4 * i / all.size(), "Cutting peak windows");
        }
        long start = windowStart(p);
        if (!taken.add(p.contig() + ":" + start)) {
          peakSkips.add(WindowCutter.Reason.DUPLICATE);
          continue;
        }
        Window w = cutter.cut(p.contig(), start, peakSkips);
        if (w == null) {
          continue;
        }
        peakWindows.add(w);
        peakGc.add(w.gc());
        softMaskedPeaks += w.softMasked() ? 1 : 0;
        records.add(
            new SequenceRecord(
                w.interval().toString(),
                "label=" + PeakDataset.PEAK,
                w.bases(),
                PeakDataset.PEAK,
                new SourceLocation(peaks.file().toString(), p.line())));
      }
    }

    /** Every peak and every peak window (kept or not), widened by {@code margin}. */
    private IntervalSet peakRegions(long margin) {
      List<GenomicInterval> regions = new ArrayList<>();
      for (Peak p : peaks.peaks()) {
        regions.add(p.interval());
        long start = windowStart(p);
        regions.add(
            new GenomicInterval(
                p.contig(), Math.max(0, start), Math.max(0, start + options.width())));
      }
      return IntervalSet.padded(regions, margin);
    }

    private void addBackground(Window w, String id, String description, SourceLocation source) {
      records.add(
          new SequenceRecord(
              id,
              "label=" + PeakDataset.BACKGROUND + description,
              w.bases(),
              PeakDataset.BACKGROUND,
              source));
      backgrounds++;
      backgroundGc.add(w.gc());
      softMaskedBackgrounds += w.softMasked() ? 1 : 0;
    }

    /**
     * Each peak window shuffled R times. A shuffle keeps its peak's coordinates in its id, with a
     * {@code _shuffled} suffix (ids must be unique), so a chromosome hold-out keeps a shuffle on
     * the same side of the split as its peak.
     */
    private void shuffled() {
      int r = options.backgroundRatio();
      for (int i = 0; i < peakWindows.size(); i++) {
        if (i % 1000 == 0) {
          cancel.throwIfCancelled();
          progress.progress(0.4 + 0.6 * i / peakWindows.size(), "Shuffling peak windows");
        }
        Window w = peakWindows.get(i);
        SequenceRecord source = records.get(i);
        for (int k = 1; k <= r; k++) {
          String bases = DinucleotideShuffle.shuffle(w.bases(), random);
          addBackground(
              new Window(w.interval(), bases, w.softMasked(), w.gc()),
              w.interval() + "_shuffled" + (r > 1 ? String.valueOf(k) : ""),
              " shuffled",
              source.source());
        }
      }
    }

    /**
     * Per chromosome, as many random windows in each GC bin as the chromosome's peak windows have
     * (times R), so a chromosome hold-out keeps both classes in the same proportion.
     */
    private void gcMatched() {
      WindowCutter cutter =
          new WindowCutter(
              genome,
              blacklist,
              peakRegions(options.width() / 2),
              options.width(),
              options.maxNBases());
      // one pass over the peak windows (a genome may have 100,000 scaffolds), then genome order
      Map<String, int[]> byContig = new HashMap<>();
      for (Window w : peakWindows) {
        int[] bins =
            byContig.computeIfAbsent(w.interval().contig(), k -> new int[GcSummary.BIN_COUNT]);
        bins[GcSummary.binOf(w.gc())] += options.backgroundRatio();
      }
      Map<String, int[]> wanted = new LinkedHashMap<>();
      for (Contig c : genome.contigs()) {
        if (byContig.containsKey(c.name())) {
          wanted.put(c.name(), byContig.get(c.name()));
        }
      }
      int done = 0;
      SourceLocation source = new SourceLocation(genome.file().toString(), 0);
      for (Map.Entry<String, int[]> e : wanted.entrySet()) {
        progress.progress(
            0.4 + 0.6 * done++ / wanted.size(), "Drawing GC-matched windows on " + e.getKey());
        GcMatchedSampler.Result found =
            GcMatchedSampler.sample(
                cutter, e.getKey(), e.getValue(), random.split(), backgroundSkips, cancel);
        draws += found.draws();
        unfilled.addAll(
            GcMatchedSampler.describeMissing(e.getKey(), e.getValue(), found.missing()));
        for (Window w : found.windows()) {
          addBackground(w, w.interval().toString(), "", source);
        }
      }
    }

    /**
     * R windows beside each peak window, their centres D, 2D, ... from its centre, the first side
     * drawn at random: candidates at +-D, then +-2D, ..., the first R usable ones taken (a
     * candidate overlapping any peak or peak window, the blacklist, or too many N is passed over).
     */
    private void flanks() {
      WindowCutter cutter =
          new WindowCutter(genome, blacklist, peakRegions(0), options.width(), options.maxNBases());
      long distance = options.effectiveFlankDistance();
      int r = options.backgroundRatio();
      int levels = (r + 1) / 2;
      Set<String> taken = new HashSet<>();
      SourceLocation source = new SourceLocation(genome.file().toString(), 0);
      for (int i = 0; i < peakWindows.size(); i++) {
        if (i % 1000 == 0) {
          cancel.throwIfCancelled();
          progress.progress(0.4 + 0.6 * i / peakWindows.size(), "Cutting flanking windows");
        }
        GenomicInterval peak = peakWindows.get(i).interval();
        int side = random.nextBoolean() ? 1 : -1;
        int placed = 0;
        for (int level = 1; level <= levels && placed < r; level++) {
          for (int s : new int[] {side, -side}) {
            if (placed == r) {
              break;
            }
            long start = peak.start() + (long) s * level * distance;
            String at = peak.contig() + ":" + start;
            if (taken.contains(at)) {
              backgroundSkips.add(WindowCutter.Reason.DUPLICATE);
              continue;
            }
            Window w = cutter.cut(peak.contig(), start, backgroundSkips);
            if (w != null) {
              taken.add(at);
              addBackground(w, w.interval().toString(), "", source);
              placed++;
            }
          }
        }
      }
    }
  }
}
