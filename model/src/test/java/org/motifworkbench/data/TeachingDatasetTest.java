package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeachingDatasetTest {

  @ParameterizedTest
  @EnumSource(TeachingDataset.class)
  void eachTaskGeneratesValidDataOfItsNameAndLength(TeachingDataset t) {
    SyntheticRecipe recipe = t.recipe(60, 3, null);
    assertTrue(recipe.problems().isEmpty(), recipe.problems().toString());
    assertEquals(t.id(), recipe.name());
    SyntheticDataset data = SyntheticGenerator.generate(recipe);
    assertEquals(60, data.sequences().size());
    assertEquals(t.defaultLength(), data.sequences().records().get(0).length());
    assertEquals(t, TeachingDataset.parse(t.id().toUpperCase(Locale.ROOT)));
  }

  @ParameterizedTest
  @EnumSource(TeachingDataset.class)
  void aChosenLengthIsUsed(TeachingDataset t) {
    SyntheticDataset data = SyntheticGenerator.generate(t.recipe(10, 3, 120));
    assertEquals(120, data.sequences().records().get(0).length());
  }

  @ParameterizedTest
  @EnumSource(
      value = TeachingDataset.class,
      names = {"PRIMER", "PROMOTER", "PROMOTER_CLEAN"})
  void aChosenShareOfPositivesIsGeneratedExactly(TeachingDataset t) {
    SyntheticDataset data = SyntheticGenerator.generate(t.recipe(400, 3, null, 0.1));
    assertEquals(40, data.sequences().classCounts().get("positive"));
    assertEquals(360, data.sequences().classCounts().get("negative"));
    assertEquals(t.id(), data.recipe().name());
    assertTrue(t.hasPositiveShare());
  }

  @org.junit.jupiter.api.Test
  void noShareKeepsTheDataSetsOwnHalf() {
    SyntheticRecipe own = TeachingDataset.PROMOTER.recipe(100, 7, null);
    assertEquals(own, TeachingDataset.PROMOTER.recipe(100, 7, null, null));
    assertEquals(0.5, ((PromoterRecipe) own).positiveFraction());
  }

  @org.junit.jupiter.api.Test
  void theImbalancedCeilingIsAtLeastTheShareOfNegatives() {
    SyntheticDataset data =
        SyntheticGenerator.generate(TeachingDataset.PROMOTER.recipe(2000, 7, null, 0.1));
    assertTrue(
        data.ceiling() >= 0.9, "always 'negative' is right 9 times in 10: " + data.ceiling());
  }

  @org.junit.jupiter.api.Test
  void spliceHasNoShareOfPositives() {
    assertTrue(!TeachingDataset.SPLICE.hasPositiveShare());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> TeachingDataset.SPLICE.recipe(100, 1, null, 0.1));
    assertTrue(e.getMessage().contains("splice"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void aShareOutsideZeroAndOneIsAProblem() {
    assertTrue(!TeachingDataset.PRIMER.recipe(100, 1, null, 1.0).problems().isEmpty());
  }

  @org.junit.jupiter.api.Test
  void unknownNamesListTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TeachingDataset.parse("enhancer"));
    assertTrue(e.getMessage().contains("promoter-clean"), e.getMessage());
  }
}
