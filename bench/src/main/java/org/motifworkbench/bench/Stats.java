package org.motifworkbench.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Medians and repeated timing for the benchmarks. */
final class Stats {

  private Stats() {}

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Median milliseconds of {@code repeats} runs after {@code warmup} untimed ones. */
  static double medianMillis(Supplier<?> work, int warmup, int repeats) {
    for (int i = 0; i < warmup; i++) {
      Object unused = work.get();
    }
    double[] times = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      Object unused = work.get();
      times[i] = (System.nanoTime() - t) / 1e6;
    }
    return median(times);
  }
}
