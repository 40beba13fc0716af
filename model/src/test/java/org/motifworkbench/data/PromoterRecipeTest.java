package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.SequenceRecord;

class PromoterRecipeTest {

  static SyntheticDataset tutorial;

  @BeforeAll
  static void generateTutorialSet() {
    tutorial = SyntheticGenerator.generate(PromoterRecipe.tutorial(20_000, 1));
  }

  @Test
  void tutorialCeilingMatchesReference() {
    assertTrue(tutorial.ceiling() >= 0.82 && tutorial.ceiling() <= 0.86, "" + tutorial.ceiling());
  }

  @Test
  void anySixMerRuleScoresAbout082AndCaatIsCommonByChance() {
    int correct = 0;
    int negatives = 0;
    int negativesWithCaat = 0;
    for (SequenceRecord r : tutorial.sequences().records()) {
      boolean sixMer = List.of("TATAAA", "GGGCGG", "TTGACA").stream().anyMatch(r.bases()::contains);
      boolean positive = r.label().equals("positive");
      correct += sixMer == positive ? 1 : 0;
      if (!positive) {
        negatives++;
        negativesWithCaat += r.bases().contains("CAAT") ? 1 : 0;
      }
    }
    double sixMerAccuracy = correct / (double) tutorial.sequences().size();
    assertEquals(0.82, sixMerAccuracy, 0.015);
    assertEquals(0.54, negativesWithCaat / (double) negatives, 0.02);
    assertTrue(tutorial.ceiling() > sixMerAccuracy, "Bayes beats the simple rule");
  }

  @Test
  void cleanNegativesGiveCeilingOne() {
    SyntheticDataset clean =
        SyntheticGenerator.generate(PromoterRecipe.tutorial(4_000, 2).withClean(true));
    assertTrue(clean.ceiling() >= 0.995, "" + clean.ceiling());
    for (SequenceRecord r : clean.sequences().records()) {
      if (r.label().equals("negative")) {
        assertFalse(PromoterRecipe.TUTORIAL_MOTIFS.stream().anyMatch(r.bases()::contains), r.id());
      }
    }
  }

  @Test
  void headersCarryLabelAndPlantedSite() {
    int decoys = 0;
    int negatives = 0;
    for (int i = 0; i < 2_000; i++) {
      SequenceRecord r = tutorial.sequences().records().get(i);
      assertEquals("seq" + (i + 1), r.id());
      assertEquals(200, r.length());
      PlantedSite site = HeaderTokens.plantedSite(r.description()).orElse(null);
      assertEquals(tutorial.truth(i).orElse(null), site);
      if (r.label().equals("positive")) {
        assertTrue(
            r.description()
                .matches("label=positive motif=(TATAAA|CAAT|GGGCGG|TTGACA) strand=\\+ pos=\\d+"),
            r.description());
        assertEquals(site.motif(), r.bases().substring(site.start(), site.end()));
      } else {
        negatives++;
        if (site != null) {
          decoys++;
          assertTrue(site.decoy());
          assertTrue(
              r.description().matches("label=negative decoy=(A{6}|C{6}|G{6}|T{6}) pos=\\d+"),
              r.description());
          assertEquals(site.motif(), r.bases().substring(site.start(), site.end()));
        } else {
          assertEquals("label=negative", r.description());
        }
      }
    }
    assertEquals(0.3, decoys / (double) negatives, 0.05);
  }

  @Test
  void sameSeedSameSequences() {
    SyntheticDataset a = SyntheticGenerator.generate(PromoterRecipe.tutorial(200, 9));
    SyntheticDataset b = SyntheticGenerator.generate(PromoterRecipe.tutorial(200, 9));
    SyntheticDataset c = SyntheticGenerator.generate(PromoterRecipe.tutorial(200, 10));
    assertEquals(a.sequences(), b.sequences());
    assertEquals(a.ceiling(), b.ceiling());
    assertFalse(a.sequences().equals(c.sequences()));
    assertEquals(100, a.sequences().classCounts().get("positive"));
  }

  @Test
  void problemsInPlainWords() {
    assertTrue(PromoterRecipe.tutorial(10, 1).problems().isEmpty());
    PromoterRecipe bad = new PromoterRecipe(4, 0, 1, 1.5, List.of("TATAAA", "NNN"), 2, 6, false);
    List<String> problems = bad.problems();
    assertEquals(6, problems.size(), problems.toString());
  }
}
