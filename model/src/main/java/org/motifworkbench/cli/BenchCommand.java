package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.motifworkbench.interpret.BaselineKind;
import org.motifworkbench.interpret.Explainer;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Benchmarks that print figures beside a baseline measured in the same run. For now: the latency of
 * explaining one sequence, against one plain prediction of the same sequence.
 */
@Command(name = "bench", description = "Measure explanation latency for one sequence (median of "
    + "repeated runs after warm-up), each beside one plain prediction as the baseline.")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--length", defaultValue = "200", description = "sequence length in bases")
  int length;

  @Option(names = "--repeats", defaultValue = "30", description = "timed runs per figure")
  int repeats;

  @Option(names = "--preset", defaultValue = "default", description = "network preset")
  String preset;

  @Option(names = "--threads", description = "CPU threads for the engine") Integer threads;

  @Override
  public Integer call() {
    if (threads != null) {
      DjlRuntime.requestThreads(threads);
    }
    PrintWriter o = spec.commandLine().getOut();
    SplittableRandom random = new SplittableRandom(1);
    char[] bases = new char[length];
    for (int i = 0; i < length; i++) {
      bases[i] = "ACGT".charAt(random.nextInt(4));
    }
    String seq = new String(bases);
    try (SequenceClassifier c = SequenceClassifier.create(NetworkPreset.parse(preset).spec(),
        List.of("negative", "positive"), length, 1)) {
      Explainer e = new Explainer(c);
      o.println("Engine: " + DjlRuntime.start().summary() + "; preset " + preset + ", "
          + length + " bp, median of " + repeats + " runs");
      double base = median(() -> c.predict(List.of(seq), 1));
      o.printf(Locale.ROOT, "%-32s %9.2f ms  (baseline)%n", "prediction (1 sequence)", base);
      row(o, "saliency (gradient)", median(() -> e.gradient(seq, 1, false)), base);
      row(o, "gradient x input", median(() -> e.gradient(seq, 1, true)), base);
      row(o, "integrated gradients, 50 steps",
          median(() -> e.integratedGradients(seq, 1, 50, BaselineKind.UNIFORM, 1)), base);
      row(o, "mutagenesis, " + 3 * length + " variants", median(() -> e.mutagenesis(seq, 1)),
          base);
    }
    return 0;
  }

  private static void row(PrintWriter o, String name, double ms, double base) {
    o.printf(Locale.ROOT, "%-32s %9.2f ms  %6.1f x baseline%n", name, ms, ms / base);
  }

  private double median(Supplier<?> work) {
    for (int i = 0; i < 5; i++) {
      work.get();
    }
    double[] times = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      work.get();
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(times);
    return times[repeats / 2];
  }
}
