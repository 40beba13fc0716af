package org.motifworkbench.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;

/**
 * Issue 20's check: a model trained on one chromosome's sites finds the sites planted on another in
 * the scanned track: nearly every regular site of chr2 lies inside a merged peak, and most peaks
 * hold a site.
 */
class ScanFindsSitesTest {

  private static final int L = 100;

  @TempDir Path dir;

  @Test
  void aModelTrainedOnChr1FindsChr2sSites() throws Exception {
    SyntheticGenome synthetic = SyntheticGenome.generate(20, 2, 40_000, 60);
    Path fasta = dir.resolve("genome.fa");
    synthetic.writeFasta(fasta);
    try (ReferenceGenome genome = ReferenceGenome.open(fasta);
        SequenceClassifier model = SiteTrainedModel.train(synthetic, "chr1", L, 3)) {
      PeakCaller peaks = new PeakCaller(0.5, L);
      ScanSummary summary =
          GenomeScanner.scan(
              model,
              genome,
              List.of(new GenomicInterval("chr2", 0, 40_000)),
              ScanOptions.defaults(),
              peaks,
              ProgressListener.NONE,
              CancellationToken.none());
      List<Peak> found = peaks.peaks();
      List<SyntheticGenome.Site> sites = synthetic.sites("chr2");
      // the two awkward sites (beside the gap, 40 bases before the end) are counted apart
      long length = synthetic.bases("chr2").length();
      List<SyntheticGenome.Site> regular =
          sites.stream()
              .filter(s -> !(s.start() == length / 2 + SyntheticGenome.GAP + 20))
              .filter(s -> s.end() != length - 40)
              .toList();
      long inPeak =
          regular.stream()
              .filter(s -> found.stream().anyMatch(p -> p.interval().overlaps(s.interval())))
              .count();
      long onSite =
          found.stream()
              .filter(p -> sites.stream().anyMatch(s -> p.interval().overlaps(s.interval())))
              .count();
      long summitNear =
          found.stream()
              .filter(p -> sites.stream().anyMatch(s -> Math.abs(s.centre() - p.summit()) <= L / 2))
              .count();
      String figures =
          String.format(
              Locale.ROOT,
              "%d of %d regular chr2 sites in a peak; %d of %d peaks on a site, %d with the summit"
                  + " within %d bases of a site's centre; %,d windows in %.1f s",
              inPeak,
              regular.size(),
              onSite,
              found.size(),
              summitNear,
              L / 2,
              summary.windows(),
              summary.seconds());
      System.out.println("ScanFindsSitesTest: " + figures);
      assertTrue(inPeak >= 0.9 * regular.size(), figures);
      assertTrue(onSite >= 0.8 * found.size(), figures);
    }
  }
}
