package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.scan.RegionParser;
import org.motifworkbench.scan.ScanFiles;
import org.motifworkbench.scan.ScanOptions;
import org.motifworkbench.scan.ScoreUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scans genome regions with a saved model into a bedGraph track and, optionally, peaks. */
@Command(
    name = "scan",
    description =
        "Score every window of the model's length along genome regions for the class that carries"
            + " the signal, and write the score at each window's centre as a bedGraph track"
            + " (sorted, with a track line, ready for IGV or the UCSC browser). --peaks also writes"
            + " the windows at or above --threshold merged into regions (BED, or narrowPeak when"
            + " the name ends in .narrowPeak).",
    footer = {
      "",
      "Regions are 1-based and inclusive, as in samtools and IGV:",
      "  chr2, chr2:1,001-2,000 or chr2:1001 (from base 1,001 to the end).",
      "",
      "Example:",
      "  mwb scan -m ctcf.mwb -g genome.fa --region chr2 --peaks chr2-peaks.bed -o chr2.bedGraph"
    })
final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--model"},
      required = true,
      description = "model file (.mwb)")
  Path model;

  @Option(
      names = {"-g", "--genome"},
      required = true,
      description = "genome FASTA (plain or bgzip; the .fai index is built when missing)")
  Path genome;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "bedGraph track to write")
  Path out;

  @Option(
      names = "--region",
      description =
          "region to scan, e.g. chr2 or chr2:1,001-2,000 (1-based, inclusive); repeat for more"
              + " (default: every chromosome)")
  List<String> regions = new ArrayList<>();

  @Option(
      names = "--step",
      defaultValue = "1",
      description = "bases from one window to the next (default ${DEFAULT-VALUE})")
  int step;

  @Option(
      names = "--class",
      description = "class whose score is written (default: the class that carries the signal)")
  String className;

  @Option(
      names = "--both-strands",
      description = "average each window's probability over both strands")
  boolean bothStrands;

  @Option(
      names = "--score",
      defaultValue = "probability",
      description = "probability (0-1) or logit (default ${DEFAULT-VALUE})")
  String score;

  @Option(
      names = "--exact",
      description =
          "score each window alone, exactly as 'mwb predict' scores it cut out (slow); by default"
              + " the convolutions are computed once along the region")
  boolean exact;

  @Option(
      names = "--peaks",
      description = "also write the windows at or above the threshold, merged (BED)")
  Path peaks;

  @Option(
      names = "--threshold",
      description = "lowest score of a peak window (default 0.5 probability, 0 logit)")
  Double threshold;

  @Override
  public Integer call() throws Exception {
    ScoreUnit unit = ScoreUnit.parse(score);
    ScanOptions options = new ScanOptions(step, className, bothStrands, unit, exact);
    double cutoff = threshold != null ? threshold : unit == ScoreUnit.LOGIT ? 0 : 0.5;
    if (unit == ScoreUnit.PROBABILITY && (cutoff < 0 || cutoff > 1)) {
      throw new IllegalArgumentException(
          "--threshold "
              + cutoff
              + " is not a probability (0 to 1); use --score logit for logits.");
    }
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path fai = genome.resolveSibling(genome.getFileName() + ".fai");
    Path gzi = genome.resolveSibling(genome.getFileName() + ".gzi");
    OutputGuard.reading(model, genome, fai, gzi).file(out).file(peaks);
    // The workbench runs on JDK 17, where a console exists only when a terminal is attached.
    @SuppressWarnings("SystemConsoleNull")
    boolean interactive = System.console() != null;
    try (ReferenceGenome reference = ReferenceGenome.open(genome);
        ModelBundle bundle = ModelBundle.load(model)) {
      List<String> warnings = new ArrayList<>();
      List<GenomicInterval> intervals = RegionParser.parseAll(regions, reference, warnings);
      warnings.forEach(w -> err.println("Warning: " + w));
      ScanFiles.Written written =
          ScanFiles.write(
              bundle.classifier(),
              model.getFileName().toString(),
              reference,
              intervals,
              options,
              cutoff,
              out,
              peaks,
              (fraction, message) -> {
                if (interactive) {
                  err.printf(Locale.ROOT, "\r%3.0f%%  %s   ", fraction * 100, message);
                  err.flush();
                }
              },
              CancellationToken.none());
      if (interactive) {
        err.println();
      }
      var s = written.summary();
      o.printf(
          Locale.ROOT,
          "Scanned %,d bases in %.1f s (%.3g Mb/s): %,d windows scored, %,d left out (more than"
              + " half N) -> %s (%,d lines)%n",
          s.bases(),
          s.seconds(),
          s.megabasesPerSecond(),
          s.windows(),
          s.gapWindows(),
          out,
          written.trackLines());
      if (peaks != null) {
        o.printf(
            Locale.ROOT,
            "%,d peaks (windows with %s >= %s merged) -> %s%n",
            written.peaks().size(),
            unit.label(),
            cutoff,
            peaks);
      }
    }
    return 0;
  }
}
