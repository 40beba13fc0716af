package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.sequence.SequenceRecord;

class PwmRecipeTest {

  static MemeFile jaspar;

  @BeforeAll
  static void readJaspar() {
    jaspar =
        MemeFormat.read(
            Path.of("..", "samples", "motif-databases", "JASPAR_CORE_2016_vertebrates.meme"));
  }

  @Test
  void ctcfAgainstBackground() {
    Motif ctcf = jaspar.find("MA0139.1");
    SyntheticDataset d = SyntheticGenerator.generate(PwmRecipe.defaults(List.of(ctcf), 4_000, 6));
    assertEquals(List.of("CTCF", "background"), d.sequences().classNames());
    assertTrue(d.ceiling() > 0.95 && d.ceiling() < 1.0, "" + d.ceiling());
    int reverse = 0;
    for (SequenceRecord r : d.sequences().records()) {
      assertEquals(101, r.length());
      if (r.label().equals("CTCF")) {
        assertTrue(
            r.description()
                .matches("label=CTCF motif=MA0139\\.1 site=[ACGT]{19} strand=[+-] pos=\\d+"),
            r.description());
        PlantedSite s = HeaderTokens.plantedSite(r.description()).orElseThrow();
        String forward = r.bases().substring(s.start(), s.end());
        assertEquals(s.strand() == '+' ? s.site() : ReverseComplement.of(s.site()), forward);
        reverse += s.strand() == '-' ? 1 : 0;
      }
    }
    assertEquals(0.5, reverse / 2000.0, 0.05);
  }

  @Test
  void severalMotifsMakeSeveralClasses() {
    PwmRecipe recipe =
        new PwmRecipe(
            60,
            400,
            2,
            List.of(jaspar.find("CTCF"), jaspar.find("RUNX1"), jaspar.find("MA0003.3")),
            false,
            true);
    assertEquals(List.of("CTCF", "RUNX1", "TFAP2A"), recipe.classNames());
    SyntheticDataset d = SyntheticGenerator.generate(recipe);
    assertEquals(3, d.sequences().classCounts().size());
    assertTrue(d.ceiling() > 0.9, "" + d.ceiling());
  }

  @Test
  void sidecarParametersNameMotifIds() {
    PwmRecipe recipe = PwmRecipe.defaults(List.of(jaspar.find("CTCF")), 10, 1);
    assertEquals(List.of("MA0139.1"), ((PwmRecipe.Parameters) recipe.parameters()).motifs());
  }

  @Test
  void problems() {
    assertEquals(1, new PwmRecipe(101, 10, 1, List.of(), true, true).problems().size());
    assertTrue(
        new PwmRecipe(10, 10, 1, List.of(jaspar.find("CTCF")), true, true)
            .problems()
            .get(0)
            .contains("longer than the sequences"));
  }
}
