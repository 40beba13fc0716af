package org.motifworkbench.data;

import java.util.List;
import java.util.SplittableRandom;

/** Fisher-Yates shuffles driven by a given random source, so results follow the seed. */
final class Shuffle {

  private Shuffle() {}

  static int[] shuffled(List<Integer> values, SplittableRandom random) {
    int[] out = values.stream().mapToInt(Integer::intValue).toArray();
    shuffle(out, random);
    return out;
  }

  static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  static <T> void shuffle(List<T> values, SplittableRandom random) {
    for (int i = values.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      values.set(i, values.set(j, values.get(i)));
    }
  }
}
