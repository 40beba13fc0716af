package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.training.EpochResult;

class HistoryCsvTest {

  @Test
  void oneRowPerEpochWithEmptyCellsForMissingValidation() {
    List<EpochResult> history =
        List.of(
            new EpochResult(1, 0.69, 0.5, 0.6, 0.7, 1e-3, 8_500, 0, true, false),
            new EpochResult(2, 0.4, 0.8, Double.NaN, Double.NaN, 5e-4, 17_049, 0, false, true));
    assertEquals(
        HistoryCsv.HEADER
            + "\n"
            + "1,0.690000,0.500000,0.600000,0.700000,0.00100000,8.5,1,0\n"
            + "2,0.400000,0.800000,,,0.000500000,17.0,0,1\n",
        HistoryCsv.format(history));
  }
}
