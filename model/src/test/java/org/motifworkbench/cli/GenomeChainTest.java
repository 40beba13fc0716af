package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.cli.MainTest.Run;
import org.motifworkbench.genome.SyntheticGenome;

/**
 * Issue 20's chain from the command line, as a user runs it: a genome with planted sites, peaks on
 * chromosome 1 only, a training set from them, a model, then chromosome 2 scanned (the model never
 * saw it) and the known-answer variants scored.
 */
class GenomeChainTest {

  @TempDir Path dir;

  @Test
  void peaksOnOneChromosomeFindTheSitesOnTheOtherAndBreakingSnvsRankLowest() throws Exception {
    Path genome = dir.resolve("genome.fa");
    Run sim = MainTest.run("simulate", "genome", "--seed", "11", "-o", genome.toString());
    assertEquals(0, sim.code(), sim.err());
    SyntheticGenome truth = SyntheticGenome.generate(11, 2, 200_000, 300);

    Path chr1Peaks = dir.resolve("chr1.narrowPeak");
    List<String> chr1 = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("genome.narrowPeak"))) {
      if (line.startsWith("chr1\t")) {
        chr1.add(line);
      }
    }
    Files.write(chr1Peaks, chr1);

    Path data = dir.resolve("chr1.fa");
    Run dataset =
        MainTest.run(
            "dataset",
            "-p",
            chr1Peaks.toString(),
            "-g",
            genome.toString(),
            "--width",
            "101",
            "--background",
            "gc-matched",
            "-o",
            data.toString());
    assertEquals(0, dataset.code(), dataset.err());

    Path model = dir.resolve("chr1.mwb");
    Run train =
        MainTest.run(
            "train",
            "-f",
            data.toString(),
            "--preset",
            "teaching",
            "--epochs",
            "15",
            "--seed",
            "3",
            "-o",
            model.toString());
    assertEquals(0, train.code(), train.err());

    Path track = dir.resolve("chr2.bedGraph");
    Path peaks = dir.resolve("chr2.peaks.bed");
    Run scan =
        MainTest.run(
            "scan",
            "-m",
            model.toString(),
            "-g",
            genome.toString(),
            "--region",
            "chr2",
            "--peaks",
            peaks.toString(),
            "-o",
            track.toString());
    assertEquals(0, scan.code(), scan.err());
    List<long[]> found = new ArrayList<>();
    for (String line : Files.readAllLines(peaks)) {
      if (line.startsWith("chr2\t")) {
        String[] f = line.split("\t");
        found.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    List<SyntheticGenome.Site> sites = truth.sites("chr2");
    int hit = 0;
    for (SyntheticGenome.Site s : sites) {
      for (long[] p : found) {
        if (s.start() >= p[0] && s.end() <= p[1]) {
          hit++;
          break;
        }
      }
    }
    int onSite = 0;
    for (long[] p : found) {
      for (SyntheticGenome.Site s : sites) {
        if (s.start() >= p[0] && s.end() <= p[1]) {
          onSite++;
          break;
        }
      }
    }
    // Two awkward sites per chromosome (by the N gap, at the end) may fall outside any window.
    assertTrue(hit >= 0.9 * sites.size(), hit + " of " + sites.size() + " chr2 sites in a peak");
    assertTrue(onSite >= 0.9 * found.size(), onSite + " of " + found.size() + " peaks hold a site");

    Path effects = dir.resolve("effects.tsv");
    Run variants =
        MainTest.run(
            "variants",
            "-m",
            model.toString(),
            "-g",
            genome.toString(),
            "--vcf",
            dir.resolve("genome.vcf").toString(),
            "-o",
            effects.toString());
    assertEquals(0, variants.code(), variants.err());
    List<String> rows = Files.readAllLines(effects);
    List<String> header = List.of(rows.get(0).split("\t"));
    int id = header.indexOf("id");
    int delta = header.indexOf("delta");
    int status = header.indexOf("status");
    double worstRandom = Double.POSITIVE_INFINITY;
    List<Double> breaks = new ArrayList<>();
    boolean mismatchReported = false;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t", -1);
      if (f[id].startsWith("mismatch")) {
        mismatchReported = f[status].equals("ref mismatch");
      }
      if (!f[status].equals("ok")) {
        continue;
      }
      double d = Double.parseDouble(f[delta]);
      if (f[id].startsWith("random")) {
        worstRandom = Math.min(worstRandom, d);
      } else if (f[id].startsWith("break")) {
        breaks.add(d);
      }
    }
    assertTrue(mismatchReported, "the REF mismatch is a row with status 'ref mismatch'");
    assertTrue(variants.err().contains("mismatch"), variants.err());
    double floor = worstRandom;
    long below = breaks.stream().filter(d -> d < floor).count();
    assertTrue(
        below >= 0.9 * breaks.size(),
        below
            + " of "
            + breaks.size()
            + " site-breaking SNVs below every random SNV ("
            + worstRandom
            + ")");
  }
}
