package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeachingTaskTest {

  @ParameterizedTest
  @EnumSource(TeachingTask.class)
  void eachTaskGeneratesValidDataOfItsNameAndLength(TeachingTask t) {
    SyntheticTask task = t.task(60, 3, null);
    assertTrue(task.problems().isEmpty(), task.problems().toString());
    assertEquals(t.id(), task.name());
    SyntheticDataset data = SyntheticGenerator.generate(task);
    assertEquals(60, data.sequences().size());
    assertEquals(t.defaultLength(), data.sequences().records().get(0).length());
    assertEquals(t, TeachingTask.parse(t.id().toUpperCase(Locale.ROOT)));
  }

  @ParameterizedTest
  @EnumSource(TeachingTask.class)
  void aChosenLengthIsUsed(TeachingTask t) {
    SyntheticDataset data = SyntheticGenerator.generate(t.task(10, 3, 120));
    assertEquals(120, data.sequences().records().get(0).length());
  }

  @org.junit.jupiter.api.Test
  void unknownNamesListTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TeachingTask.parse("enhancer"));
    assertTrue(e.getMessage().contains("promoter-clean"), e.getMessage());
  }
}
