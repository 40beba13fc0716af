package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.peaks.Background;
import org.motifworkbench.peaks.DatasetOptions;
import org.motifworkbench.peaks.PeakDataset;
import org.motifworkbench.peaks.PeakDatasetBuilder;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Makes a labelled training set (FASTA) from peak calls and a reference genome. */
@Command(
    name = "dataset",
    description = {
      "Make a training set from peaks and a genome: a window of --width bases centred on each"
          + " peak's summit (narrowPeak) or middle (BED), labelled peak, and background windows"
          + " labelled background. Headers are chr:start-end (0-based start, as BED), so"
          + " 'mwb train --holdout-chromosomes' works on the output unchanged.",
      "Backgrounds: gc-matched (genome windows outside all peaks with the peaks' GC"
          + " distribution, drawn on each peak's own chromosome), shuffled (each peak window"
          + " shuffled keeping its dinucleotide counts), flanks (windows --flank-distance beside"
          + " each peak, outside all peaks)."
    },
    footer = {
      "",
      "Examples:",
      "  mwb dataset -p ctcf.narrowPeak -g hg38.fa --width 200 --exclude hg38-blacklist.bed"
          + " -o ctcf.fa",
      "  mwb dataset -p peaks.bed.gz -g genome.fa --width 101 --background shuffled -o set.fa",
      "  mwb train -f ctcf.fa --holdout-chromosomes --test-chromosomes chr2 -o ctcf.mwb"
    })
final class DatasetCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-p", "--peaks"},
      required = true,
      description = "peaks: BED, narrowPeak or broadPeak (.gz allowed)")
  Path peaks;

  @Option(
      names = {"-g", "--genome"},
      required = true,
      description = "genome FASTA (plain, or bgzip with its index); a .fai is built when missing")
  Path genome;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "FASTA file to write")
  Path out;

  @Option(
      names = "--width",
      defaultValue = "200",
      description = "window width in bases, the model's input length (default ${DEFAULT-VALUE})")
  int width;

  @Option(
      names = "--background",
      defaultValue = "gc-matched",
      description = "gc-matched, shuffled or flanks (default ${DEFAULT-VALUE})")
  String background;

  @Option(
      names = "--background-ratio",
      defaultValue = "1",
      description = "background windows per peak window, 1 to 100 (default ${DEFAULT-VALUE})")
  int ratio;

  @Option(
      names = "--exclude",
      paramLabel = "BED",
      description = "regions to leave out, e.g. the ENCODE blacklist (BED, .gz allowed)")
  Path exclude;

  @Option(
      names = "--max-n",
      defaultValue = "0.1",
      description =
          "largest share of N bases in a window; windows with more are skipped"
              + " (default ${DEFAULT-VALUE})")
  double maxN;

  @Option(
      names = "--flank-distance",
      description = "flanks: bases from a peak window's centre to a flank's centre (default 3 W)")
  Long flankDistance;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "random seed for the backgrounds (default ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() throws Exception {
    DatasetOptions options =
        new DatasetOptions(
            width,
            Background.parse(background),
            ratio,
            maxN,
            seed,
            flankDistance == null ? 0 : flankDistance);
    if (!options.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", options.problems()));
    }
    OutputGuard.reading(peaks, genome, exclude, faiOf(genome)).file(out);
    PrintWriter o = spec.commandLine().getOut();
    long start = System.nanoTime();
    PeakDataset data =
        PeakDatasetBuilder.build(
            peaks, genome, exclude, options, progressLine(start), CancellationToken.none());
    data.write(out);
    double seconds = (System.nanoTime() - start) / 1e9;
    o.printf(
        Locale.ROOT,
        "Wrote %,d sequences (%,d peak, %,d background) to %s in %.1f s%n",
        data.records().size(),
        data.report().peakWindows(),
        data.report().backgroundWindows(),
        out,
        seconds);
    for (String line : data.report().lines()) {
      o.println(line);
    }
    return 0;
  }

  private static Path faiOf(Path genome) {
    return genome.resolveSibling(genome.getFileName() + ".fai");
  }

  /**
   * Progress on stderr once the work has taken a second, at most one update every half second (a
   * rewritten line on a terminal, a line every five seconds otherwise).
   */
  private ProgressListener progressLine(long started) {
    PrintWriter err = spec.commandLine().getErr();
    // The workbench runs on JDK 17, where a console exists only when a terminal is attached.
    @SuppressWarnings("SystemConsoleNull")
    boolean interactive = System.console() != null;
    long every = interactive ? 500_000_000L : 5_000_000_000L;
    long[] last = {started + 1_000_000_000L - every};
    return (fraction, message) -> {
      long now = System.nanoTime();
      if (now - last[0] < every || fraction >= 1) {
        return;
      }
      last[0] = now;
      String percent = fraction < 0 ? "" : String.format(Locale.ROOT, "%3.0f%%  ", fraction * 100);
      err.print((interactive ? "\r" : "") + percent + message + (interactive ? "   " : "\n"));
      err.flush();
    };
  }
}
