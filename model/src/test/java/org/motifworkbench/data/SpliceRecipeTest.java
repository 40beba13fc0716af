package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.SequenceRecord;

class SpliceRecipeTest {

  @Test
  void threeClassesWithSitesNearTheMiddle() {
    SyntheticDataset d = SyntheticGenerator.generate(SpliceRecipe.defaults(3_000, 4));
    assertEquals(List.of("donor", "acceptor", "random"), d.sequences().classNames());
    assertEquals(1_000, d.sequences().classCounts().get("random"));
    for (int i = 0; i < d.sequences().size(); i++) {
      SequenceRecord r = d.sequences().records().get(i);
      PlantedSite s = HeaderTokens.plantedSite(r.description()).orElse(null);
      assertEquals(d.truth(i).orElse(null), s);
      if (r.label().equals("random")) {
        assertEquals("label=random", r.description());
        continue;
      }
      assertTrue(
          r.description().startsWith("label=" + r.label() + " motif=" + r.label() + " site="),
          r.description());
      assertEquals(s.site(), r.bases().substring(s.start(), s.end()));
      int centre = (80 - s.site().length()) / 2;
      assertTrue(Math.abs(s.start() - centre) <= 10, "" + s.start());
      if (r.label().equals("donor")) {
        assertEquals("GT", s.site().substring(3, 5));
      } else {
        assertEquals("AGG", s.site().substring(14, 17).replaceAll("AG[ACGT]", "AGG"));
      }
    }
  }

  @Test
  void ceilingIsHighButBelowOne() {
    double ceiling = SyntheticGenerator.generate(SpliceRecipe.defaults(6_000, 5)).ceiling();
    assertTrue(ceiling > 0.8 && ceiling < 0.97, "" + ceiling);
  }

  @Test
  void fixedPositionWithoutJitter() {
    SyntheticDataset d = SyntheticGenerator.generate(new SpliceRecipe(40, 30, 1, 0));
    for (int i = 0; i < 30; i++) {
      d.truth(i).ifPresent(s -> assertEquals((40 - s.site().length()) / 2, s.start()));
    }
    assertEquals(2, new SpliceRecipe(10, 10, 1, -1).problems().size());
  }
}
