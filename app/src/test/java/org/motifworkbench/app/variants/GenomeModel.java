package org.motifworkbench.app.variants;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.motifworkbench.cli.Main;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.SyntheticGenome;
import picocli.CommandLine;

/**
 * A synthetic genome written to a folder and a small model trained on chr1 of it: windows holding a
 * planted CTCF core (anywhere within 15 bases of the centre) against random windows of chr1 that
 * hold none. chr2 is left for the tests. Built once per test class (a few seconds on two cores);
 * the same as the model module's test fixture of that name, which the app's tests cannot see.
 *
 * @param genome the genome
 * @param fasta its FASTA file
 * @param model the trained model file
 */
record GenomeModel(SyntheticGenome genome, Path fasta, Path model) {

  /** The model's window length. */
  static final int LENGTH = 60;

  static GenomeModel create(Path dir) throws IOException {
    SyntheticGenome genome = SyntheticGenome.generate(11, 2, 120_000, 120);
    Path fasta = dir.resolve("genome.fa");
    genome.writeFasta(fasta);
    Path training = dir.resolve("training.fa");
    Files.writeString(training, trainingFasta(genome));
    Path model = dir.resolve("sites.mwb");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    int code =
        cli.execute(
            "train",
            "-f",
            training.toString(),
            "--preset",
            "teaching",
            "--epochs",
            "12",
            "--seed",
            "3",
            "-o",
            model.toString());
    if (code != 0) {
      throw new IllegalStateException("training failed: " + err);
    }
    return new GenomeModel(genome, fasta, model);
  }

  private static String trainingFasta(SyntheticGenome genome) {
    String chr1 = genome.bases("chr1");
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder out = new StringBuilder();
    List<GenomicInterval> taken = new ArrayList<>();
    for (SyntheticGenome.Site site : genome.sites("chr1")) {
      taken.add(site.interval());
      for (int copy = 0; copy < 3; copy++) {
        long start = site.centre() - LENGTH / 2 + random.nextInt(-15, 16);
        if (start < 0 || start + LENGTH > chr1.length()) {
          continue;
        }
        append(out, chr1, start, "site");
      }
    }
    int negatives = 0;
    while (negatives < 3 * genome.sites("chr1").size()) {
      long start = random.nextLong(chr1.length() - LENGTH);
      GenomicInterval w = new GenomicInterval("chr1", start, start + LENGTH);
      String bases = chr1.substring((int) start, (int) start + LENGTH);
      if (bases.indexOf('N') >= 0 || taken.stream().anyMatch(w::overlaps)) {
        continue;
      }
      append(out, chr1, start, "background");
      negatives++;
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String chr1, long start, String label) {
    // Two jittered copies of one site may start at the same base: the running number keeps ids
    // unique.
    int n = out.length();
    out.append(
            String.format(
                Locale.ROOT, ">w%d chr1:%d-%d label=%s%n", n, start, start + LENGTH, label))
        .append(chr1, (int) start, (int) start + LENGTH)
        .append('\n');
  }
}
