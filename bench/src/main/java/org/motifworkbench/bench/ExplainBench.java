package org.motifworkbench.bench;

import java.util.List;
import java.util.SplittableRandom;
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
   * Untimed calls before each figure: enough for the JIT to finish with the Java side of each call
   * (with 5, saliency measured 2.1-6.1 ms from run to run).
   */
  private static final int WARM_UP = 20;

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
      double base = Stats.medianMillis(() -> c.predict(List.of(seq), 1), WARM_UP, repeats);
      String baseline = BenchTable.fmt("1 prediction %.2f ms", base);
      row(
          table,
          "saliency (gradient), " + length + " bp",
          Stats.medianMillis(() -> e.gradient(seq, 1, false), WARM_UP, repeats),
          base,
          baseline,
          5);
      row(
          table,
          "integrated gradients, 50 steps",
          Stats.medianMillis(
              () -> e.integratedGradients(seq, 1, 50, BaselineKind.UNIFORM, 1), WARM_UP, repeats),
          base,
          baseline,
          50);
      row(
          table,
          "mutagenesis, " + 3 * length + " variants",
          Stats.medianMillis(() -> e.mutagenesis(seq, 1), WARM_UP, repeats),
          base,
          baseline,
          100);
    }
  }

  private static void row(
      BenchTable table, String name, double ms, double base, String baseline, double targetMs) {
    table.row(
        name,
        BenchTable.fmt("%.2f ms", ms),
        baseline,
        ms / base,
        BenchTable.fmt("<= %.0f ms", targetMs),
        ms <= targetMs);
  }
}
