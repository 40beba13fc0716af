package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.DnaAlphabet;

class BayesCeilingTest {

  @Test
  void handCheckedExactKmerRatio() {
    // One motif CAAT anywhere in 8 bases: 5 starts, 2 of them match, each match 4^4 = 256.
    ClassProcess positive =
        new ClassProcess(
            "positive",
            List.of(Planting.anywhere(SiteModel.exact("CAAT"), 1, 8, false, false)),
            List.of());
    assertEquals(2 * 256 / 5.0, positive.likelihoodRatio("CAATCAAT"), 1e-12);
    assertEquals(0, positive.likelihoodRatio("CAAACAAA"), 0);
  }

  @Test
  void handCheckedMixtureWithDecoy() {
    // Tutorial-style negative on 8 bases: 0.7 plain + 0.3/4 per poly run of 6 (3 starts, 4^6 each).
    ClassProcess negative = PromoterLike.negative(8);
    double oneRun = 0.3 / 4 * (1 / 3.0) * 4096;
    assertEquals(0.7 + oneRun, negative.likelihoodRatio("AAAAAACG"), 1e-9);
    assertEquals(0.7 + 3 * oneRun, negative.likelihoodRatio("AAAAAAAA"), 1e-9);
    assertEquals(0.7, negative.likelihoodRatio("ACGTACGT"), 1e-12);
  }

  @Test
  void handCheckedPwmOnBothStrands() {
    // One-position PWM P(A)=0.7, others 0.1, on "AAT": forward A,A,T -> 2.8,2.8,0.4;
    // reverse reads complements T,T,A -> 0.4,0.4,2.8; mean over 6 = 9.6 / 6 = 1.6.
    SiteModel pwm =
        new SiteModel(
            "a",
            new org.motifworkbench.motif.Motif("a", "", new double[][] {{0.7, 0.1, 0.1, 0.1}}));
    ClassProcess p =
        new ClassProcess("a", List.of(Planting.anywhere(pwm, 1, 3, true, false)), List.of());
    assertEquals(1.6, p.likelihoodRatio("AAT"), 1e-12);
  }

  @Test
  void posteriorsAndTies() {
    List<ClassProcess> processes = List.of(PromoterLike.negative(8), PromoterLike.positive(8));
    double[] post = BayesCeiling.posteriors(processes, new double[] {0.5, 0.5}, "CAATCAAT");
    assertArrayEquals(new double[] {0.7 / 103.1, 102.4 / 103.1}, post, 1e-12);
    assertEquals(0.5, BayesCeiling.credit(new double[] {0.5, 0.5}, 0), 0);
    assertEquals(1.0, BayesCeiling.credit(new double[] {0.2, 0.8}, 1), 0);
    assertEquals(0.0, BayesCeiling.credit(new double[] {0.2, 0.8}, 0), 0);
  }

  @Test
  void likelihoodsSumToOneOverAllSequences() {
    int length = 6;
    for (ClassProcess p :
        List.of(
            PromoterLike.negative(length),
            PromoterLike.positive(length),
            SpliceLike.pwmBothStrands(length))) {
      double total = 0;
      for (String x : allSequences(length)) {
        total += p.likelihoodRatio(x) * Math.pow(0.25, length);
      }
      assertEquals(1.0, total, 1e-9, p.label());
    }
  }

  @Test
  void sampledFrequenciesMatchExactLikelihoods() {
    int length = 3;
    ClassProcess p = SpliceLike.pwmBothStrands(length);
    int n = 200_000;
    Map<String, Integer> counts = new HashMap<>();
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < n; i++) {
      counts.merge(p.sample(length, random).bases(), 1, Integer::sum);
    }
    for (String x : allSequences(length)) {
      double expected = p.likelihoodRatio(x) * Math.pow(0.25, length);
      double observed = counts.getOrDefault(x, 0) / (double) n;
      double sd = Math.sqrt(expected * (1 - expected) / n);
      assertEquals(expected, observed, 5 * sd + 1e-9, x);
    }
  }

  static List<String> allSequences(int length) {
    List<String> out = new java.util.ArrayList<>();
    for (int code = 0; code < 1 << (2 * length); code++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < length; i++) {
        sb.append(DnaAlphabet.ACGT.charAt((code >> (2 * i)) & 3));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** The tutorial processes on a short length, built like PromoterRecipe does. */
  static final class PromoterLike {
    static ClassProcess negative(int length) {
      return new PromoterRecipe(length, 1, 1, 0.5, List.of("CAAT"), 0.3, 6, false)
          .processes()
          .get(0);
    }

    static ClassProcess positive(int length) {
      return new PromoterRecipe(length, 1, 1, 0.5, List.of("CAAT"), 0.3, 6, false)
          .processes()
          .get(1);
    }
  }

  /** A two-position PWM on both strands plus a 40% no-site share. */
  static final class SpliceLike {
    static ClassProcess pwmBothStrands(int length) {
      SiteModel site =
          new SiteModel(
              "m",
              new org.motifworkbench.motif.Motif(
                  "m", "", new double[][] {{0.6, 0.2, 0.1, 0.1}, {0.05, 0.05, 0.3, 0.6}}));
      return new ClassProcess(
          "pwm", List.of(Planting.anywhere(site, 0.6, length, true, false)), List.of());
    }
  }
}
