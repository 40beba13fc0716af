package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.motifworkbench.encoding.ReverseComplement;

/** Prediction averaged over both strands gives a sequence and its reverse complement one answer. */
class BothStrandsTest {

  @Test
  void aSequenceAndItsReverseComplementGetTheSameProbabilities() {
    SplittableRandom r = new SplittableRandom(3);
    List<String> forward = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = 0; j < 40; j++) {
        s.append("ACGTN".charAt(r.nextInt(i == 0 ? 5 : 4)));
      }
      forward.add(s.toString());
    }
    List<String> reverse = forward.stream().map(ReverseComplement::of).toList();
    try (SequenceClassifier c =
        SequenceClassifier.create(NetworkPreset.TEACHING.spec(), List.of("a", "b", "c"), 40, 5)) {
      float[][] one = c.predict(forward, 7);
      float[][] other = c.predict(reverse, 7);
      float[][] both = c.predictBothStrands(forward, 7);
      float[][] bothOfReverse = c.predictBothStrands(reverse, 7);
      // an untrained network is not strand-symmetric by itself
      assertNotEquals(one[1][0], other[1][0]);
      for (int i = 0; i < forward.size(); i++) {
        assertArrayEquals(both[i], bothOfReverse[i], "sequence " + i);
        for (int k = 0; k < 3; k++) {
          assertEquals((one[i][k] + other[i][k]) / 2, both[i][k], 0f);
        }
      }
    }
  }
}
