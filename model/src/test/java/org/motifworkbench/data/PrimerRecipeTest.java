package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.SequenceRecord;

class PrimerRecipeTest {

  @Test
  void ceilingNearOneAndSitesWhereHeadersSay() {
    SyntheticDataset d = SyntheticGenerator.generate(PrimerRecipe.defaults(4_000, 3));
    assertTrue(d.ceiling() >= 0.999, "" + d.ceiling());
    assertEquals(2_000, d.sequences().classCounts().get("positive"));
    for (SequenceRecord r : d.sequences().records()) {
      assertEquals(50, r.length());
      if (r.label().equals("positive")) {
        assertTrue(
            r.description().matches("label=positive motif=CGACCGAACTCC strand=\\+ pos=\\d+"));
        PlantedSite s = HeaderTokens.plantedSite(r.description()).orElseThrow();
        assertEquals("CGACCGAACTCC", r.bases().substring(s.start(), s.end()));
        assertTrue(s.start() <= 38);
      } else {
        assertEquals("label=negative", r.description());
      }
    }
  }

  @Test
  void iupacConsensusWritesSampledSite() {
    SyntheticDataset d = SyntheticGenerator.generate(new PrimerRecipe(30, 50, 1, "ACGTNNRY", 0.5));
    for (int i = 0; i < d.sequences().size(); i++) {
      d.truth(i)
          .ifPresent(
              s -> {
                assertEquals("ACGTNNRY", s.motif());
                assertTrue(s.site().matches("ACGT..[AG][CT]"), s.site());
              });
    }
  }

  @Test
  void problems() {
    assertEquals(2, new PrimerRecipe(5, 10, 1, "CGACCGAACTCC", 1.0).problems().size());
    assertTrue(new PrimerRecipe(50, 10, 1, "ACGU", 0.5).problems().get(0).contains("DNA letters"));
  }
}
