package org.motifworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;

/**
 * Scanning a chromosome at step 1 with feature maps shared along it ({@code
 * SequenceClassifier.windowLogits(..., true)}, in chunks of 65,536 windows with the widest kernel's
 * width of context on either side, as {@code mwb scan} calls it) beside scoring each window alone
 * (shared false) in the same run, for the tutorial and the teaching network at 200 bases; and the
 * peak heap growth of a 2 Mb and an 8 Mb scan (flat: scratch is per worker and per chunk). The
 * bases are a synthetic genome's chromosome (GC isochores, N runs, soft-masked stretches, sites);
 * the networks have random weights with batch norms calibrated on 1,000 of its windows, so the
 * activations (and how often a window's maxima change) are those of a working network.
 */
final class ScanBench {

  /** Windows per call, as the scan command's chunks. */
  static final int CHUNK_WINDOWS = 65_536;

  static final int LENGTH = 200;

  private final int megabases;
  private final int aloneWindows;

  ScanBench(int megabases, int aloneWindows) {
    this.megabases = megabases;
    this.aloneWindows = aloneWindows;
  }

  void run(BenchTable table) {
    int small = megabases * 1_000_000;
    int large = 4 * small;
    String chromosome = SyntheticGenome.generate(7, 1, large, large / 5_000).bases("chr1");
    String stretch = chromosome.substring(0, small);
    for (NetworkPreset preset : List.of(NetworkPreset.TUTORIAL, NetworkPreset.TEACHING)) {
      try (SequenceClassifier c = calibrated(preset, chromosome)) {
        speed(table, preset, c, stretch);
        if (preset == NetworkPreset.TUTORIAL) {
          memory(table, c, stretch, chromosome);
        }
      }
    }
  }

  private void speed(BenchTable table, NetworkPreset preset, SequenceClassifier c, String bases) {
    // warm-up: the vector code runs through the Vector API's slow generic path until compiled
    scan(c, bases.substring(0, 400_000));
    String subset = bases.substring(1_000_000, 1_000_000 + aloneWindows + LENGTH - 1);
    Object unused = c.windowLogits(subset.substring(0, 2_000 + LENGTH), 0, 2_000, 1, false);
    double[] seconds = new double[3];
    long cpu = cpuNanos();
    for (int r = 0; r < seconds.length; r++) {
      long t = System.nanoTime();
      scan(c, bases);
      seconds[r] = (System.nanoTime() - t) / 1e9;
    }
    double sharedCpu = (cpuNanos() - cpu) / 1e9 / seconds.length;
    double shared = Stats.median(seconds);
    cpu = cpuNanos();
    long t = System.nanoTime();
    unused = c.windowLogits(subset, 0, aloneWindows, 1, false);
    double alone = (System.nanoTime() - t) / 1e9;
    double aloneCpu = (cpuNanos() - cpu) / 1e9;
    double windows = bases.length() - LENGTH + 1;
    double sharedRate = windows / shared;
    double aloneRate = aloneWindows / alone;
    String name = preset.name().toLowerCase(Locale.ROOT);
    table.row(
        BenchTable.fmt("scan %s, %d Mb at step 1, shared maps", name, megabases),
        BenchTable.fmt("%.2f Mb/s", sharedRate / 1e6),
        BenchTable.fmt("alone %.3f Mb/s", aloneRate / 1e6),
        sharedRate / aloneRate,
        preset == NetworkPreset.TUTORIAL ? ">= 1 Mb/s" : "",
        preset == NetworkPreset.TUTORIAL ? sharedRate >= 1e6 : null);
    table.note(
        BenchTable.fmt(
            "%s: %,.0f windows/s shared (median of 3 scans of %.1f s), %,.0f windows/s alone"
                + " (%,d windows)",
            name, sharedRate, shared, aloneRate, aloneWindows));
    // other processes share the cores: per CPU second of this process the figures do not depend
    // on how much of the machine it got
    table.note(
        BenchTable.fmt(
            "%s per CPU second of this process: %,.0f windows shared, %,.0f alone (%.0f x)",
            name,
            windows / sharedCpu,
            aloneWindows / aloneCpu,
            windows / sharedCpu / (aloneWindows / aloneCpu)));
  }

  private void memory(BenchTable table, SequenceClassifier c, String small, String large) {
    double smallMb = peakHeapGrowth(c, small) / 1e6;
    double largeMb = peakHeapGrowth(c, large) / 1e6;
    table.row(
        BenchTable.fmt("scan peak heap growth, %d Mb", large.length() / 1_000_000),
        BenchTable.fmt("%.0f MB", largeMb),
        BenchTable.fmt("%d Mb: %.0f MB", small.length() / 1_000_000, smallMb),
        largeMb / smallMb,
        "<= 1.25 x + 8 MB",
        // a few MB either way is the collector's bookkeeping; growth with the stretch would be 4 x
        largeMb <= 1.25 * smallMb + 8);
    table.note(
        "peak heap growth: the largest sum of the heap pools' peaks during one chunk (a full"
            + " collection before each) less the heap in use before the scan (the bases are held"
            + " before it)");
  }

  /** CPU time of this process so far (all its threads), in nanoseconds. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** A network with random weights and batch norms calibrated on windows of the chromosome. */
  private static SequenceClassifier calibrated(NetworkPreset preset, String chromosome) {
    SequenceClassifier c =
        SequenceClassifier.create(preset.spec(), List.of("negative", "positive"), LENGTH, 1);
    SplittableRandom random = new SplittableRandom(3);
    List<String> windows = new ArrayList<>();
    while (windows.size() < 1_000) {
      int at = random.nextInt(chromosome.length() - LENGTH);
      String w = chromosome.substring(at, at + LENGTH);
      if (w.indexOf('N') < 0) {
        windows.add(w);
      }
    }
    c.calibrateBatchNorm(windows);
    return c;
  }

  /**
   * Every window of the bases at step 1, in chunks of {@link #CHUNK_WINDOWS} windows with the
   * widest kernel's width of real bases on either side; returns the largest logit.
   */
  static float scan(SequenceClassifier c, String bases) {
    return scan(c, bases, () -> {});
  }

  /**
   * As {@link #scan(SequenceClassifier, String)}, running {@code beforeChunk} before each chunk.
   */
  private static float scan(SequenceClassifier c, String bases, Runnable beforeChunk) {
    int margin = c.spec().kernelSizes().stream().mapToInt(Integer::intValue).max().orElse(0);
    int l = c.inputLength();
    int windows = bases.length() - l + 1;
    float max = Float.NEGATIVE_INFINITY;
    for (int s0 = 0; s0 < windows; s0 += CHUNK_WINDOWS) {
      beforeChunk.run();
      int n = Math.min(CHUNK_WINDOWS, windows - s0);
      int a = Math.max(0, s0 - margin);
      int b = Math.min(bases.length(), s0 + n - 1 + l + margin);
      for (float v : c.windowLogits(bases.substring(a, b), s0 - a, n, 1, true)) {
        max = Math.max(max, v);
      }
    }
    return max;
  }

  /**
   * The largest heap in use during any chunk of a scan of the bases, less the heap in use before
   * the scan: before each chunk a full collection (so garbage of earlier chunks does not count,
   * what they left behind does) and the heap pools' peaks reset; each chunk's peak is the sum of
   * the pools' peaks during it.
   */
  private static long peakHeapGrowth(SequenceClassifier c, String bases) {
    List<MemoryPoolMXBean> pools = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        pools.add(p);
      }
    }
    System.gc();
    long before = 0;
    for (MemoryPoolMXBean p : pools) {
      before += p.getUsage().getUsed();
    }
    long[] peak = {0};
    Runnable chunkPeak =
        () -> {
          long sum = 0;
          for (MemoryPoolMXBean p : pools) {
            sum += p.getPeakUsage().getUsed();
          }
          peak[0] = Math.max(peak[0], sum);
          System.gc();
          pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        };
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    float unused = scan(c, bases, chunkPeak);
    chunkPeak.run();
    return peak[0] - before;
  }
}
