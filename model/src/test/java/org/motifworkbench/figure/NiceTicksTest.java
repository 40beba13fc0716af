package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceTicksTest {

  @ParameterizedTest(name = "at least {0}: {1}")
  @CsvSource({"0.13, 0.2", "0.1, 0.1", "0.21, 0.5", "3, 5", "7, 10", "10, 10", "11, 20", "0, 1"})
  void theStepIsTheSmallestOneTwoOrFiveTimesAPowerOfTen(double atLeast, double step) {
    assertEquals(step, NiceTicks.step(atLeast), 1e-12);
  }

  @ParameterizedTest(name = "columns {0} pt, labels {1} pt: every {2}")
  @CsvSource({"10, 13, 2", "2.6, 13, 10", "1.35, 13.4, 20", "0.5, 13.4, 50", "30, 5, 1"})
  void positionTicksLeaveRoomForTheirLabels(double column, double label, int every) {
    assertEquals(every, NiceTicks.positions(column, label, 7));
  }

  @Test
  void noTypeScaleGoesUnderFivePoints() {
    assertThrows(IllegalArgumentException.class, () -> new TypeScale(8, 7, 4.5));
    assertEquals(7, TypeScale.PRINT.label());
  }
}
