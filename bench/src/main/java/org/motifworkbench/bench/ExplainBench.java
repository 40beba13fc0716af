package org.motifworkbench.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.motifworkbench.interpret.BaselineKind;
import org.motifworkbench.interpret.Explainer;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * Latency of explaining one random sequence with the tutorial network (median of repeated runs
 * after warm-up), each beside one plain prediction of the same sequence.
 */
final class ExplainBench {

  private final int length;

  /**
   * Untimed calls before each figure: at least this many, and for at least {@link #WARM_UP_MS}. The
   * vector code runs through the Vector API's slow generic path until the JIT has compiled each
   * kernel: a profiled run took 11.9 ms per saliency over its first 300 calls, 0.6-0.9 ms after
   * (load average 8); with 20 calls the figure measured the compiler, not the kernels.
   */
  private static final int WARM_UP = 20;

  private static final long WARM_UP_MS = 4000;

  private final int repeats;

  ExplainBench(int length, int repeats) {
    this.length = length;
    this.repeats = repeats;
  }

  void run(BenchTable table) {
    SplittableRandom random = new SplittableRandom(1);
    char[] bases = new char[length];
    for (int i = 0; i < length; i++) {
      bases[i] = DnaAlphabet.ACGT.charAt(random.nextInt(4));
    }
    String seq = new String(bases);
    try (SequenceClassifier c =
        SequenceClassifier.create(
            NetworkPreset.TUTORIAL.spec(), List.of("negative", "positive"), length, 1)) {
      Explainer e = new Explainer(c);
      double base = warmMedian(() -> c.predict(List.of(seq), 1));
      String baseline = BenchTable.fmt("1 prediction %.2f ms", base);
      row(
          table,
          "saliency (gradient), " + length + " bp",
          warmMedian(() -> e.gradient(seq, 1, false)),
          base,
          baseline,
          0.5);
      row(
          table,
          "integrated gradients, 50 steps",
          warmMedian(() -> e.integratedGradients(seq, 1, 50, BaselineKind.UNIFORM, 1)),
          base,
          baseline,
          5);
      row(
          table,
          "mutagenesis, " + 3 * length + " variants",
          warmMedian(() -> e.mutagenesis(seq, 1)),
          base,
          baseline,
          20);
    }
  }

  /** Median milliseconds of {@code repeats} runs after a warm-up of calls and of time. */
  private double warmMedian(Supplier<?> work) {
    long until = System.nanoTime() + WARM_UP_MS * 1_000_000;
    for (int i = 0; i < WARM_UP || System.nanoTime() < until; i++) {
      Object unused = work.get();
    }
    return Stats.medianMillis(work, 0, repeats);
  }

  private static void row(
      BenchTable table, String name, double ms, double base, String baseline, double targetMs) {
    table.row(
        name,
        BenchTable.fmt("%.2f ms", ms),
        baseline,
        ms / base,
        BenchTable.fmt("<= %.1f ms", targetMs),
        ms <= targetMs);
  }
}
