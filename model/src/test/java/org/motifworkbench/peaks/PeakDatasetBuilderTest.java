package org.motifworkbench.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;

/** Peak data sets cut from a synthetic genome whose sites, N runs and repeats are known. */
class PeakDatasetBuilderTest {

  private static final int WIDTH = 200;
  private static final int SITES = 40;

  @TempDir static Path dir;
  private static SyntheticGenome genome;
  private static Path fasta;
  private static Path peaks;

  @BeforeAll
  static void writeGenome() throws IOException {
    genome = SyntheticGenome.generate(11, 2, 80_000, SITES);
    fasta = dir.resolve("genome.fa");
    genome.writeFasta(fasta);
    peaks = dir.resolve("peaks.narrowPeak");
    genome.writeNarrowPeak(peaks);
  }

  private static PeakDataset build(Path peakFile, Path exclude, DatasetOptions options) {
    return PeakDatasetBuilder.build(
        peakFile, fasta, exclude, options, ProgressListener.NONE, CancellationToken.none());
  }

  private static List<SequenceRecord> ofClass(PeakDataset d, String label) {
    return d.records().stream().filter(r -> r.label().equals(label)).toList();
  }

  private static GenomicInterval intervalOf(SequenceRecord r) {
    String[] parts = r.id().replaceAll("_.*", "").split("[:-]");
    return new GenomicInterval(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
  }

  @Test
  void peakWindowsAreCentredOnSummitsAndHoldTheMotif() {
    PeakDataset d = build(peaks, null, DatasetOptions.of(WIDTH, Background.SHUFFLED));
    List<SequenceRecord> peakWindows = ofClass(d, PeakDataset.PEAK);
    assertEquals(2 * SITES, peakWindows.size(), "all but the two awkward sites per chromosome");
    String motif = SyntheticGenome.MOTIF;
    for (SequenceRecord r : peakWindows) {
      assertEquals(WIDTH, r.length());
      assertEquals(r.bases().toUpperCase(Locale.ROOT), r.bases(), "written upper case");
      assertEquals("label=peak", r.description());
      GenomicInterval w = intervalOf(r);
      int at = Math.max(r.bases().indexOf(motif), r.bases().indexOf(ReverseComplement.of(motif)));
      assertTrue(at >= 0, r.id() + " lacks the motif");
      long siteCentre = w.start() + at + motif.length() / 2;
      long windowCentre = w.start() + WIDTH / 2;
      assertTrue(Math.abs(siteCentre - windowCentre) <= 5, r.id() + ": site off centre");
    }
  }

  @Test
  void awkwardSitesBesideTheGapAndAtTheEndAreSkippedAndCounted() {
    DatasetReport report =
        build(peaks, null, DatasetOptions.of(WIDTH, Background.SHUFFLED)).report();
    assertEquals(2 * (SITES + 2), report.peaksRead());
    assertEquals(2, report.peakSkips().offChromosome(), report.lines().toString());
    assertEquals(2, report.peakSkips().tooManyN(), report.lines().toString());
    assertEquals(0, report.peakSkips().blacklisted());
    long maskedSites = genome.sites().stream().filter(SyntheticGenome.Site::softMasked).count();
    assertTrue(maskedSites > 0);
    assertTrue(report.softMaskedPeakWindows() >= maskedSites, report.lines().toString());
    assertTrue(
        String.join("\n", report.lines())
            .contains("2 running off a chromosome, 2 with" + " more than 10% N"),
        String.join("\n", report.lines()));
  }

  @Test
  void aLooserNLimitKeepsTheSiteBesideTheGap() {
    DatasetReport report =
        build(peaks, null, DatasetOptions.of(WIDTH, Background.SHUFFLED).withMaxN(0.5)).report();
    assertEquals(0, report.peakSkips().tooManyN());
    assertEquals(2 * SITES + 2, report.peakWindows());
  }

  @Test
  void blacklistDropsPeaksAndBackgrounds() throws IOException {
    List<SyntheticGenome.Site> chr1 = genome.sites("chr1");
    StringBuilder bed = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      GenomicInterval s = chr1.get(i + 3).interval();
      bed.append(s.contig())
          .append('\t')
          .append(s.start())
          .append('\t')
          .append(s.end())
          .append('\n');
    }
    // a large excluded stretch of chr2 where no backgrounds may come from
    bed.append("chr2\t50000\t70000\n");
    Path blacklist = dir.resolve("blacklist.bed");
    Files.writeString(blacklist, bed.toString());
    PeakDataset d = build(peaks, blacklist, DatasetOptions.of(WIDTH, Background.GC_MATCHED));
    long inStretch =
        genome.sites("chr2").stream()
            .filter(s -> s.end() > 50_000 - WIDTH / 2 - 10 && s.start() < 70_000 + WIDTH / 2 + 10)
            .count();
    assertEquals(
        5 + inStretch, d.report().peakSkips().blacklisted(), d.report().lines().toString());
    IntervalSet excluded =
        IntervalSet.of(PeakReader.readIntervals(blacklist, CancellationToken.none()));
    for (SequenceRecord r : d.records()) {
      assertFalse(excluded.overlaps(intervalOf(r)), r.id() + " overlaps the blacklist");
    }
  }

  @Test
  void chromosomeNamesTheGenomeLacksAreAnErrorNamingBoth() throws IOException {
    Path ensembl = dir.resolve("ensembl.bed");
    Files.writeString(ensembl, "# Ensembl names\n1\t5000\t5200\n2\t5000\t5200\n");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> build(ensembl, null, DatasetOptions.of(WIDTH, Background.SHUFFLED)));
    assertTrue(
        e.getMessage()
            .startsWith(
                ensembl
                    + ":2: chromosome '1' is not in the genome"
                    + " genome.fa, which names it 'chr1'"),
        e.getMessage());
  }

  @Test
  void shuffledBackgroundsKeepDinucleotidesAndTheirPeaksCoordinates() {
    PeakDataset d = build(peaks, null, DatasetOptions.of(WIDTH, Background.SHUFFLED).withRatio(2));
    List<SequenceRecord> peakWindows = ofClass(d, PeakDataset.PEAK);
    List<SequenceRecord> shuffles = ofClass(d, PeakDataset.BACKGROUND);
    assertEquals(2 * peakWindows.size(), shuffles.size());
    for (int i = 0; i < peakWindows.size(); i++) {
      SequenceRecord peak = peakWindows.get(i);
      for (int k = 0; k < 2; k++) {
        SequenceRecord shuffle = shuffles.get(2 * i + k);
        assertEquals(peak.id() + "_shuffled" + (k + 1), shuffle.id());
        assertEquals("label=background shuffled", shuffle.description());
        assertEquals(
            DinucleotideShuffleTest.dinucleotides(peak.bases()),
            DinucleotideShuffleTest.dinucleotides(shuffle.bases()));
        assertNotEquals(peak.bases(), shuffle.bases());
      }
    }
    assertEquals(d.report().peakGc().mean(), d.report().backgroundGc().mean(), 1e-12);
  }

  @Test
  void gcMatchedBackgroundsMatchTheGcAndAvoidEveryPeak() throws IOException {
    PeakDataset d = build(peaks, null, DatasetOptions.of(WIDTH, Background.GC_MATCHED));
    DatasetReport report = d.report();
    assertEquals(report.peakWindows(), report.backgroundWindows(), report.lines().toString());
    assertTrue(report.unfilledBins().isEmpty(), report.unfilledBins().toString());
    assertEquals(report.peakGc().bins(), report.backgroundGc().bins(), "bin by bin");
    assertEquals(report.peakGc().mean(), report.backgroundGc().mean(), 0.01);
    List<GenomicInterval> peakIntervals = new ArrayList<>();
    for (Peak p : PeakReader.read(peaks, CancellationToken.none()).peaks()) {
      peakIntervals.add(p.interval());
    }
    IntervalSet allPeaks = IntervalSet.of(peakIntervals);
    List<SequenceRecord> backgrounds = ofClass(d, PeakDataset.BACKGROUND);
    for (SequenceRecord r : backgrounds) {
      assertEquals("label=background", r.description());
      assertEquals(WIDTH, r.length());
      assertFalse(allPeaks.overlaps(intervalOf(r)), r.id() + " overlaps a peak");
      assertTrue(r.bases().chars().filter(c -> c == 'N').count() <= WIDTH / 10, r.id());
    }
    for (String chr : List.of("chr1", "chr2")) {
      assertEquals(
          ofClass(d, PeakDataset.PEAK).stream().filter(r -> r.id().startsWith(chr + ":")).count(),
          backgrounds.stream().filter(r -> r.id().startsWith(chr + ":")).count(),
          "each chromosome has as many backgrounds as peaks");
    }
  }

  @Test
  void flanksLieTheFlankDistanceBesideTheirPeaks() {
    DatasetOptions options = DatasetOptions.of(WIDTH, Background.FLANKS).withRatio(2);
    PeakDataset d = build(peaks, null, options);
    long distance = options.effectiveFlankDistance();
    assertEquals(3 * WIDTH, distance);
    List<Long> peakCentres =
        ofClass(d, PeakDataset.PEAK).stream().map(r -> intervalOf(r).start()).toList();
    List<SequenceRecord> flanks = ofClass(d, PeakDataset.BACKGROUND);
    assertTrue(flanks.size() > peakCentres.size(), d.report().lines().toString());
    IntervalSet windows =
        IntervalSet.of(ofClass(d, PeakDataset.PEAK).stream().map(r -> intervalOf(r)).toList());
    for (SequenceRecord r : flanks) {
      long start = intervalOf(r).start();
      assertTrue(
          peakCentres.contains(start - distance) || peakCentres.contains(start + distance),
          r.id() + " is not " + distance + " from a peak window");
      assertFalse(windows.overlaps(intervalOf(r)), r.id());
    }
    // sites lie as close as 400 bases, so some flanks fall on a neighbouring peak: passed over,
    // counted and the shortfall reported
    DatasetReport report = d.report();
    assertEquals(2 * report.peakWindows(), report.backgroundsWanted());
    assertTrue(report.backgroundSkips().overlapsPeak() > 0);
    assertTrue(
        report
            .lines()
            .contains(
                "Backgrounds: "
                    + report.backgroundWindows()
                    + " of the "
                    + report.backgroundsWanted()
                    + " wanted could be found."),
        report.lines().toString());
  }

  @Test
  void sameSeedSameSetOtherSeedOtherBackgrounds() {
    for (Background b : Background.values()) {
      DatasetOptions options = DatasetOptions.of(WIDTH, b).withSeed(5);
      assertEquals(build(peaks, null, options).records(), build(peaks, null, options).records());
      assertNotEquals(
          ofClass(build(peaks, null, options), PeakDataset.BACKGROUND),
          ofClass(build(peaks, null, options.withSeed(6)), PeakDataset.BACKGROUND),
          b.id());
    }
  }

  @Test
  void twoPeaksWithOneSummitGiveOneWindow() throws IOException {
    Path twice = dir.resolve("twice.bed");
    Files.writeString(twice, "chr1\t5000\t5200\nchr1\t4900\t5300\nchr1\t9000\t9400\n");
    DatasetReport report =
        build(twice, null, DatasetOptions.of(WIDTH, Background.SHUFFLED)).report();
    assertEquals(2, report.peakWindows());
    assertEquals(1, report.peakSkips().duplicates());
  }

  @Test
  void cancelStopsTheWorkAndProgressIsReported() {
    CancellationToken token = new CancellationToken();
    List<String> messages = new ArrayList<>();
    assertThrows(
        CancelledException.class,
        () ->
            PeakDatasetBuilder.build(
                peaks,
                fasta,
                null,
                DatasetOptions.of(WIDTH, Background.GC_MATCHED),
                (fraction, message) -> {
                  messages.add(message);
                  token.cancel();
                },
                token));
    assertEquals("Reading peaks.narrowPeak", messages.get(0));
    List<String> all = new ArrayList<>();
    PeakDatasetBuilder.build(
        peaks,
        fasta,
        null,
        DatasetOptions.of(WIDTH, Background.GC_MATCHED),
        (fraction, message) -> all.add(message),
        CancellationToken.none());
    assertTrue(all.contains("Drawing GC-matched windows on chr2"), all.toString());
  }

  @Test
  void unusableOptionsAreRefusedInWords() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> build(peaks, null, new DatasetOptions(5, Background.FLANKS, 0, 1.5, 1, 3)));
    assertTrue(e.getMessage().contains("The width must be from 10"), e.getMessage());
    assertTrue(e.getMessage().contains("background ratio"), e.getMessage());
    assertTrue(e.getMessage().contains("share of N"), e.getMessage());
  }
}
