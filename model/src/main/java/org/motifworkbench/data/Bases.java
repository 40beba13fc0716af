package org.motifworkbench.data;

import java.util.SplittableRandom;

/** Small helpers for the uniform DNA background: base indices and random bases. */
final class Bases {

  static final String ACGT = "ACGT";

  private Bases() {}

  /** 0..3 for A, C, G, T (either case), -1 otherwise. */
  static int index(char base) {
    return switch (base) {
      case 'A', 'a' -> 0;
      case 'C', 'c' -> 1;
      case 'G', 'g' -> 2;
      case 'T', 't' -> 3;
      default -> -1;
    };
  }

  static char[] random(int length, SplittableRandom random) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ACGT.charAt(random.nextInt(4));
    }
    return out;
  }
}
