package org.motifworkbench.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.progress.ProgressListener;

/**
 * The scan's windows, chunks, gaps, steps and strands, on an untrained network (any weights do).
 */
class GenomeScannerTest {

  private static final int L = 100;

  @TempDir static Path dir;

  private static SyntheticGenome synthetic;
  private static ReferenceGenome genome;
  private static SequenceClassifier classifier;

  @BeforeAll
  static void setUp() throws Exception {
    synthetic = SyntheticGenome.generate(11, 2, 14_000, 8);
    Path fasta = dir.resolve("genome.fa");
    synthetic.writeFasta(fasta);
    genome = ReferenceGenome.open(fasta);
    classifier =
        SequenceClassifier.create(
            NetworkPreset.TEACHING.spec(), List.of("background", "peak"), L, 5);
  }

  @AfterAll
  static void tearDown() {
    classifier.close();
    genome.close();
  }

  private static List<WindowScore> scan(
      GenomicInterval region, ScanOptions options, int chunkWindows) {
    List<WindowScore> out = new ArrayList<>();
    GenomeScanner.scan(
        classifier,
        genome,
        List.of(region),
        options,
        out::add,
        ProgressListener.NONE,
        CancellationToken.none(),
        chunkWindows);
    return out;
  }

  @Test
  void chunksSeeTheSameContextAsOneStretchOfTheWholeContig() {
    // across the telomere's end (bases 1,000) and into the region's middle, chunks of 97 windows
    GenomicInterval region = new GenomicInterval("chr1", 900, 2_400);
    String chr1 = synthetic.bases("chr1");
    for (boolean exact : new boolean[] {false, true}) {
      ScanOptions options = ScanOptions.defaults().withExact(exact).withUnit(ScoreUnit.LOGIT);
      List<WindowScore> chunked = scan(region, options, 97);
      List<WindowScore> whole = scan(region, options, 1_000_000);
      // the same windows; values equal up to float rounding (the shared path's running sums and
      // its first layer's incremental updates restart at each chunk)
      assertEquals(whole.size(), chunked.size());
      for (int i = 0; i < whole.size(); i++) {
        WindowScore w = whole.get(i);
        WindowScore c = chunked.get(i);
        assertEquals(w.windowStart(), c.windowStart());
        assertEquals(w.centre(), c.centre());
        assertEquals(w.value(), c.value(), 1e-5 * Math.max(1, Math.abs(w.value())), w.toString());
      }
      // windows whose centre lies in the region, and the logits of one call on the whole contig
      WindowScore firstWindow = chunked.get(0);
      int first = (int) firstWindow.windowStart();
      float[] reference = classifier.windowLogits(chr1, first, chunked.size(), 1, !exact);
      for (int i = 0; i < chunked.size(); i++) {
        WindowScore s = chunked.get(i);
        assertEquals(first + i, s.windowStart());
        assertEquals(s.windowStart() + L / 2, s.centre());
        assertEquals(reference[i], s.value(), 1e-5, "window " + s.windowStart());
      }
    }
  }

  @Test
  void windowsCoverTheRegionByTheirCentresAndHalfNWindowsHaveNoValue() {
    List<WindowScore> out =
        scan(new GenomicInterval("chr1", 0, 2_000), ScanOptions.defaults(), 300);
    // the telomere is N up to 1,000: a window of 100 has a value once at most 50 of its bases are N
    assertEquals(950, out.get(0).windowStart());
    assertEquals(1_000, out.get(0).centre());
    assertEquals(1_999, out.get(out.size() - 1).centre());
    assertEquals(1_000, out.size());
    for (WindowScore s : out) {
      assertTrue(s.value() > 0 && s.value() < 1, s.toString());
    }
    // the contig's last window ends at its end
    List<WindowScore> end =
        scan(new GenomicInterval("chr2", 13_900, 14_000), ScanOptions.defaults(), 300);
    assertEquals(13_900, end.get(end.size() - 1).windowStart());
    assertEquals(51, end.size()); // centres 13,900 ... 13,950
  }

  @Test
  void exactScoresEqualThoseOfWindowsCutOut() {
    List<WindowScore> out =
        scan(
            new GenomicInterval("chr2", 3_000, 3_040),
            ScanOptions.defaults().withExact(true).withUnit(ScoreUnit.LOGIT),
            16);
    List<String> windows = new ArrayList<>();
    String chr2 = synthetic.bases("chr2");
    for (WindowScore s : out) {
      windows.add(chr2.substring((int) s.windowStart(), (int) s.windowStart() + L));
    }
    float[] logits = classifier.logits(windows, 64);
    assertEquals(40, out.size());
    for (int i = 0; i < out.size(); i++) {
      assertEquals(logits[i], out.get(i).value(), 1e-5);
    }
  }

  @Test
  void aStepKeepsTheWindowsOnItsGridWithTheSameValues() {
    GenomicInterval region = new GenomicInterval("chr2", 5_003, 5_500);
    List<WindowScore> every = scan(region, ScanOptions.defaults(), 1000);
    List<WindowScore> stepped = scan(region, ScanOptions.defaults().withStep(7), 11);
    assertFalse(stepped.isEmpty());
    for (WindowScore s : stepped) {
      assertEquals(0, s.windowStart() % 7);
      WindowScore same =
          every.stream().filter(e -> e.windowStart() == s.windowStart()).findFirst().orElseThrow();
      assertEquals(same.value(), s.value(), 1e-6);
    }
    assertEquals((5_500 - 50 - 1) / 7 - (5_003 - 50 + 6) / 7 + 1, stepped.size());
  }

  @Test
  void bothStrandsAverageTheProbabilitiesOfEachWindowAndItsReverseComplement() {
    GenomicInterval region = new GenomicInterval("chr1", 4_000, 4_030);
    ScanOptions options = ScanOptions.defaults().withBothStrands(true).withExact(true);
    List<WindowScore> out = scan(region, options, 7);
    List<WindowScore> logits = scan(region, options.withUnit(ScoreUnit.LOGIT), 7);
    String chr1 = synthetic.bases("chr1");
    List<String> windows = new ArrayList<>();
    for (WindowScore s : out) {
      windows.add(chr1.substring((int) s.windowStart(), (int) s.windowStart() + L));
    }
    float[][] expected = classifier.predictBothStrands(windows, 64);
    for (int i = 0; i < out.size(); i++) {
      assertEquals(expected[i][1], out.get(i).value(), 1e-5);
      double p = out.get(i).value();
      assertEquals(Math.log(p / (1 - p)), logits.get(i).value(), 1e-4);
    }
    // a window and its reverse complement score alike on both strands
    String w = windows.get(0);
    float[][] pair = classifier.predictBothStrands(List.of(w, ReverseComplement.of(w)), 2);
    assertEquals(pair[0][1], pair[1][1], 1e-5);
  }

  @Test
  void theClassCanBeChosenAndTheOtherClassOfTwoIsTheComplement() {
    GenomicInterval region = new GenomicInterval("chr1", 6_000, 6_010);
    List<WindowScore> peak = scan(region, ScanOptions.defaults(), 100);
    List<WindowScore> background =
        scan(region, ScanOptions.defaults().withClassName("background"), 100);
    for (int i = 0; i < peak.size(); i++) {
      assertEquals(1, peak.get(i).value() + background.get(i).value(), 1e-6);
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> scan(region, ScanOptions.defaults().withClassName("bound"), 100));
    assertEquals(
        "the model has no class 'bound'; its classes are [background, peak].", e.getMessage());
  }

  @Test
  void progressRisesToOneAndCancelStops() {
    List<Double> fractions = new ArrayList<>();
    GenomeScanner.scan(
        classifier,
        genome,
        List.of(new GenomicInterval("chr1", 1_000, 1_500), new GenomicInterval("chr2", 0, 500)),
        ScanOptions.defaults(),
        s -> {},
        (f, m) -> fractions.add(f),
        CancellationToken.none(),
        100);
    for (int i = 1; i < fractions.size(); i++) {
      assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
    }
    assertEquals(1.0, fractions.get(fractions.size() - 1));
    CancellationToken cancel = new CancellationToken();
    cancel.cancel();
    assertThrows(
        CancelledException.class,
        () ->
            GenomeScanner.scan(
                classifier,
                genome,
                List.of(new GenomicInterval("chr1", 1_000, 1_500)),
                ScanOptions.defaults(),
                s -> {},
                ProgressListener.NONE,
                cancel));
  }
}
