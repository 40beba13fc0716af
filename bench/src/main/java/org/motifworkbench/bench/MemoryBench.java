package org.motifworkbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.cli.Main;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.training.TrainingSpec;

/**
 * Peak resident memory of {@code mwb predict} scoring generated FASTA files of different sizes to a
 * file with the tutorial network, each in a fresh JVM measured by {@code /usr/bin/time}: streaming
 * prediction must need the same memory for a million sequences as for a hundred thousand.
 */
final class MemoryBench {

  /** The CLI launchers' memory options (bin/mwb, packaging/build.sh), so the figure is theirs. */
  static final String GC_OPTION = "-XX:+UseParallelGC";

  /** The launchers' young-generation cap. */
  static final String USER_JVM_OPTIONS = "-XX:MaxNewSize=128m";

  /** The launchers' module option: prediction computed in Java needs the vector module. */
  static final String VECTOR_MODULE = "--add-modules=jdk.incubator.vector";

  private final long[] sizes;
  private final int threads;

  MemoryBench(long[] sizes, int threads) {
    this.sizes = sizes.clone();
    this.threads = threads;
  }

  void run(BenchTable table, Path workDir) throws IOException, InterruptedException {
    Path model = workDir.resolve("memory-bench.mwb");
    List<String> classes = List.of("negative", "positive");
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2026-01-01T00:00:00Z")
            .setVersions(Map.of("workbench", "bench"))
            .setNetwork(NetworkPreset.TUTORIAL.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, TrainingBench.LENGTH))
            .setClassNames(classes)
            .optSplit(SplitPlan.stratified(1))
            .build();
    try (ModelBundle bundle =
        new ModelBundle(
            manifest,
            SequenceClassifier.create(
                NetworkPreset.TUTORIAL.spec(), classes, TrainingBench.LENGTH, 1))) {
      bundle.save(model);
    }
    double baseMb = Double.NaN;
    for (long n : sizes) {
      Path fasta = workDir.resolve("predict-" + n + ".fa");
      ParsingBench.write(fasta, Long.MAX_VALUE, n);
      long t = System.nanoTime();
      double mb = peakRssMb(model, fasta, workDir.resolve("predict-" + n + ".tsv"), workDir);
      double seconds = (System.nanoTime() - t) / 1e9;
      Files.delete(fasta);
      Files.deleteIfExists(workDir.resolve("predict-" + n + ".tsv"));
      String name = BenchTable.fmt("peak RSS, mwb predict %,d seq", n);
      if (Double.isNaN(baseMb)) {
        baseMb = mb;
        table.row(name, BenchTable.fmt("%.0f MB", mb), "", Double.NaN, "< 1000 MB", mb < 1000);
      } else {
        table.row(
            name,
            BenchTable.fmt("%.0f MB", mb),
            BenchTable.fmt("%,d seq %.0f MB", sizes[0], baseMb),
            mb / baseMb,
            "< 1000 MB, flat",
            mb < 1000 && mb < 1.1 * baseMb);
      }
      table.note(
          BenchTable.fmt(
              "%,d sequences in %.1f s including JVM and engine start " + "(%.0f seq/s)",
              n, seconds, n / seconds));
    }
    Files.delete(model);
  }

  private double peakRssMb(Path model, Path fasta, Path out, Path workDir)
      throws IOException, InterruptedException {
    Path report = workDir.resolve("time.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/bin/time",
                "-f",
                "%M",
                "-o",
                report.toString(),
                java,
                GC_OPTION,
                USER_JVM_OPTIONS,
                VECTOR_MODULE,
                "-Dai.djl.offline=true",
                "-DOPT_OUT_TRACKING=true",
                "-Dai.djl.pytorch.num_threads=" + threads,
                "-Dai.djl.pytorch.num_interop_threads=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "predict",
                "-m",
                model.toString(),
                "-i",
                fasta.toString(),
                "-o",
                out.toString()));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int code = p.waitFor();
    if (code != 0) {
      throw new IOException("mwb predict failed in the child JVM (exit " + code + ")");
    }
    String kb = Files.readString(report, StandardCharsets.US_ASCII).trim();
    Files.delete(report);
    return Long.parseLong(kb.lines().reduce((a, b) -> b).orElseThrow()) / 1024.0;
  }
}
