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

  @org.junit.jupiter.api.Test
  void unknownNamesListTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TeachingDataset.parse("enhancer"));
    assertTrue(e.getMessage().contains("promoter-clean"), e.getMessage());
  }
}
