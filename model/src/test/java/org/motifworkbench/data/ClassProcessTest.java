package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClassProcessTest {

  @Test
  void forbiddenKmersAreRejectedAndHaveLikelihoodZero() {
    ClassProcess clean = new ClassProcess("negative", List.of(), List.of("CA"));
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      assertFalse(clean.sample(20, random).bases().contains("CA"));
    }
    assertEquals(0, clean.likelihoodRatio("ACAG"), 0);
    assertEquals(1, clean.likelihoodRatio("ACCG"), 0);
  }

  @Test
  void impossibleRejectionGivesUp() {
    ClassProcess impossible = new ClassProcess("x", List.of(), List.of("A", "C", "G", "T"));
    assertThrows(IllegalStateException.class, () -> impossible.sample(5, new SplittableRandom(1)));
  }

  @Test
  void weightsOverOneAreRejected() {
    Planting p = Planting.anywhere(SiteModel.exact("AC"), 0.8, 10, false, false);
    assertThrows(
        IllegalArgumentException.class, () -> new ClassProcess("x", List.of(p, p), List.of()));
  }

  @Test
  void plantedSiteIsWhereItSays() {
    Planting p = Planting.anywhere(SiteModel.exact("AACG"), 1, 30, true, false);
    ClassProcess process = new ClassProcess("x", List.of(p), List.of());
    SplittableRandom random = new SplittableRandom(8);
    boolean sawReverse = false;
    for (int i = 0; i < 100; i++) {
      ClassProcess.GeneratedSequence g = process.sample(30, random);
      PlantedSite s = g.site().orElseThrow();
      assertEquals("AACG", s.site());
      assertEquals(s.forwardBases(), g.bases().substring(s.start(), s.end()));
      sawReverse |= s.strand() == '-';
      if (s.strand() == '-') {
        assertEquals("CGTT", g.bases().substring(s.start(), s.end()));
      }
    }
    assertTrue(sawReverse);
  }
}
