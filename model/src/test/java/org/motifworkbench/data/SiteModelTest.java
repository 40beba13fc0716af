package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SiteModelTest {

  @Test
  void exactKmerRatioIsFourToTheK() {
    SiteModel m = SiteModel.exact("tata");
    assertEquals("TATA", m.name());
    assertEquals(256, m.ratio("GTATAG", 1, false), 0);
    assertEquals(0, m.ratio("GTATAG", 0, false), 0);
    assertEquals(256, m.ratio("TATA", 0, true), 0); // TATA is its own reverse complement
    assertEquals(0, m.ratio("TANA", 0, false), 0);
  }

  @Test
  void iupacCodesSpreadProbability() {
    SiteModel r = SiteModel.exact("R");
    assertEquals(2, r.ratio("A", 0, false), 0);
    assertEquals(2, r.ratio("G", 0, false), 0);
    assertEquals(0, r.ratio("C", 0, false), 0);
    assertEquals(2, r.ratio("C", 0, true), 0); // reverse strand reads G
    assertTrue(SiteModel.isDna("ACGTRYN"));
    assertFalse(SiteModel.isDna("ACGU"));
    assertThrows(IllegalArgumentException.class, () -> SiteModel.exact("X"));
  }

  @Test
  void samplesFollowTheMatrix() {
    SiteModel r = SiteModel.exact("RN");
    SplittableRandom random = new SplittableRandom(2);
    int a = 0;
    for (int i = 0; i < 4000; i++) {
      String s = r.sample(random);
      assertTrue(s.charAt(0) == 'A' || s.charAt(0) == 'G', s);
      a += s.charAt(0) == 'A' ? 1 : 0;
    }
    assertEquals(0.5, a / 4000.0, 0.04);
  }
}
