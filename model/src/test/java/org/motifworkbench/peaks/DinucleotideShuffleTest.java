package org.motifworkbench.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DinucleotideShuffleTest {

  static Map<String, Integer> dinucleotides(String s) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      counts.merge(s.substring(i, i + 2), 1, Integer::sum);
    }
    return counts;
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 10, 101, 200, 1000})
  void keepsEveryDinucleotideCountAndBothEnds(int length) {
    SplittableRandom random = new SplittableRandom(length);
    for (int trial = 0; trial < 50; trial++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        b.append("ACGTN".charAt(random.nextInt(trial % 2 == 0 ? 4 : 5)));
      }
      String s = b.toString();
      String shuffled = DinucleotideShuffle.shuffle(s, random);
      assertEquals(dinucleotides(s), dinucleotides(shuffled), s + " -> " + shuffled);
      assertEquals(s.charAt(0), shuffled.charAt(0));
      assertEquals(s.charAt(length - 1), shuffled.charAt(length - 1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"AAAAAAAAAA", "ACACACACAC", "AACCGGTTAACCGGTT", "CCACCAGGGGGCGC"})
  void lowComplexityAndMotifs(String s) {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      assertEquals(dinucleotides(s), dinucleotides(DinucleotideShuffle.shuffle(s, random)));
    }
  }

  @org.junit.jupiter.api.Test
  void shufflesReallyVaryAndFollowTheSeed() {
    String s = "ACGTTGCAAGCTTCGAGGCCTAATCGCGATATGCAGTCCAGTGGACTTACAGGATCCA";
    Set<String> seen = new HashSet<>();
    for (int seed = 0; seed < 30; seed++) {
      seen.add(DinucleotideShuffle.shuffle(s, new SplittableRandom(seed)));
    }
    assertEquals(30, seen.size(), "30 seeds should give 30 different shuffles");
    assertEquals(
        DinucleotideShuffle.shuffle(s, new SplittableRandom(9)),
        DinucleotideShuffle.shuffle(s, new SplittableRandom(9)));
    assertNotEquals(s, DinucleotideShuffle.shuffle(s, new SplittableRandom(9)));
  }
}
