package org.motifworkbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.motifworkbench.network.DjlRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The performance benchmark: every figure beside a baseline measured in the same run (plain PyTorch
 * for training and prediction, a plain prediction for explanations, plain reading for parsing, the
 * smaller file for memory), with the ratio and the target.
 */
@Command(
    name = "bench",
    description = {
      "Measure training, prediction, explanation, parsing and memory, each beside a baseline "
          + "measured in the same run, and print the ratios.",
      "Parts: train (epoch time and prediction against plain PyTorch, started with --python), "
          + "explain (saliency, integrated gradients, mutagenesis for one sequence; motif "
          + "discovery on 2,000 sequences), parse (FASTA "
          + "reading and encoding), memory (peak RSS of mwb predict in a child JVM), sample (the bundled "
          + "sample to a trained teaching model, Java kernels against the engine), match "
          + "(all-vs-all motif matching of JASPAR, against one thread), scan (a chromosome "
          + "scanned at step 1 with feature maps shared along it, against each window alone)."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--parts",
      split = ",",
      defaultValue = "train,explain,parse,memory,sample,match,scan",
      description = "which figures to measure (default: ${DEFAULT-VALUE})")
  List<String> parts;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "CPU threads for the engine and for PyTorch (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(
      names = "--epochs",
      defaultValue = "4",
      description = "training epochs; the first is warm-up, the median of the rest is reported")
  int epochs;

  @Option(names = "--sequences", defaultValue = "6400", description = "training sequences")
  int sequences;

  @Option(
      names = "--python",
      defaultValue = "/usr/bin/python3",
      description = "Python with PyTorch for the reference (Debian: apt install python3-torch)")
  Path python;

  @Option(
      names = "--reference",
      description =
          "the PyTorch reference script " + "(default: bench/pytorch_reference.py of this project)")
  Path reference;

  @Option(names = "--repeats", defaultValue = "30", description = "timed runs per explanation")
  int repeats;

  @Option(names = "--parse-mb", defaultValue = "400", description = "size of the parsing file")
  int parseMb;

  @Option(
      names = "--rss-sizes",
      split = ",",
      defaultValue = "100000,1000000",
      description = "sequences predicted in the memory part")
  long[] rssSizes;

  @Option(
      names = "--scan-mb",
      defaultValue = "2",
      description = "megabases scanned in the scan part (its memory figure scans four times that)")
  int scanMb;

  @Option(
      names = "--work-dir",
      description =
          "folder for generated files (default: a temporary " + "folder, deleted afterwards)")
  Path workDir;

  @Override
  public Integer call() throws IOException, InterruptedException {
    DjlRuntime.requestThreads(threads);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Motif Workbench benchmark: %d cores, %d engine threads, load average %.2f; %s%n",
        Runtime.getRuntime().availableProcessors(), threads, load(), DjlRuntime.start().summary());
    out.flush();
    Path dir =
        workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("mwb-bench");
    BenchTable table = new BenchTable(out);
    table.header();
    try {
      if (parts.contains("train")) {
        new TrainingBench(
                sequences,
                epochs,
                threads,
                python,
                reference != null ? reference : PytorchReference.defaultScript())
            .run(table, dir);
      }
      if (parts.contains("explain")) {
        new ExplainBench(TrainingBench.LENGTH, repeats).run(table);
        new DiscoveryBench(TrainingBench.LENGTH, 2000).run(table);
      }
      if (parts.contains("parse")) {
        new ParsingBench(parseMb).run(table, dir);
      }
      if (parts.contains("memory")) {
        new MemoryBench(rssSizes, threads).run(table, dir);
      }
      if (parts.contains("sample")) {
        new SampleBench().run(table);
      }
      if (parts.contains("match")) {
        new MatchBench(threads, 3).run(table);
      }
      if (parts.contains("scan")) {
        new ScanBench(scanMb, 20_000).run(table);
      }
    } finally {
      if (workDir == null) {
        deleteTree(dir);
      }
    }
    out.printf("Load average at the end: %.2f%n", load());
    return 0;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
