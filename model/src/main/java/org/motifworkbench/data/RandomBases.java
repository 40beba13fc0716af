package org.motifworkbench.data;

import java.util.SplittableRandom;
import org.motifworkbench.sequence.DnaAlphabet;

/** The uniform DNA background of the synthetic data sets: each base drawn with probability 1/4. */
final class RandomBases {

  private RandomBases() {}

  static char[] random(int length, SplittableRandom random) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = DnaAlphabet.ACGT.charAt(random.nextInt(4));
    }
    return out;
  }
}
