package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

class HeaderTokensTest {

  @Test
  void formatsTheDocumentedHeaders() {
    assertEquals(
        "label=positive motif=TATAAA strand=+ pos=57",
        HeaderTokens.describe(
            "positive", Optional.of(new PlantedSite("TATAAA", "TATAAA", '+', 57, false))));
    assertEquals(
        "label=negative decoy=AAAAAA pos=3",
        HeaderTokens.describe(
            "negative", Optional.of(new PlantedSite("AAAAAA", "AAAAAA", '+', 3, true))));
    assertEquals(
        "label=CTCF motif=MA0139.1 site=ACGT strand=- pos=0",
        HeaderTokens.describe(
            "CTCF", Optional.of(new PlantedSite("MA0139.1", "ACGT", '-', 0, false))));
    assertEquals("label=negative", HeaderTokens.describe("negative", Optional.empty()));
  }

  @Test
  void parsesBackWhatItWrites() {
    for (PlantedSite s :
        new PlantedSite[] {
          new PlantedSite("TATAAA", "TATAAA", '+', 57, false),
          new PlantedSite("CCCCCC", "CCCCCC", '-', 9, true),
          new PlantedSite("donor", "CAGGTAAGT", '+', 31, false)
        }) {
      assertEquals(
          Optional.of(s), HeaderTokens.plantedSite(HeaderTokens.describe("x", Optional.of(s))));
    }
  }

  @Test
  void readsHandWrittenHeaders() {
    PlantedSite s = HeaderTokens.plantedSite("extra words motif=CAAT pos=12 score=3").orElseThrow();
    assertEquals(new PlantedSite("CAAT", "CAAT", '+', 12, false), s);
    assertEquals(16, s.end());
    assertEquals(Optional.empty(), HeaderTokens.plantedSite("label=negative"));
    assertEquals(Optional.of("negative"), HeaderTokens.label("label=negative"));
    assertEquals(Optional.empty(), HeaderTokens.plantedSite(""));
  }

  @Test
  void badPositionOrStrandNamesThePlace() {
    SourceLocation where = new SourceLocation("set.fa", 7);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> HeaderTokens.plantedSite("motif=CAAT pos=x", where));
    assertTrue(e.getMessage().startsWith("set.fa:7: "), e.getMessage());
    assertThrows(InvalidInputException.class, () -> HeaderTokens.plantedSite("motif=CAAT"));
    assertThrows(
        InvalidInputException.class, () -> HeaderTokens.plantedSite("motif=CAAT strand=? pos=1"));
  }
}
