package org.motifworkbench.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.session.DataSummary.LengthBin;
import org.motifworkbench.app.session.DataSummary.LengthSummary;

class DataSummaryTest {

  private static final double EPS = 1e-9;

  @Test
  void gcCountsOnlyBasesWhoseGcIsKnown() {
    assertEquals(0.5, DataSummary.gcFraction("ACGTNNNN"), EPS);
    assertEquals(1.0, DataSummary.gcFraction("ssGc"), EPS);
    assertEquals(0.0, DataSummary.gcFraction("AWU"), EPS);
    assertTrue(Double.isNaN(DataSummary.gcFraction("NNRY")));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    LengthSummary lengths = LengthSummary.of(new int[] {4, 1, 3, 2});
    assertEquals(2.5, lengths.median(), EPS);
  }

  @Test
  void longLengthRangesGetAtMostTwentyBins() {
    int[] lengths = new int[1000];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = 100 + i;
    }
    List<LengthBin> bins = LengthSummary.of(lengths).bins();
    assertTrue(bins.size() <= LengthSummary.MAX_BINS, "bins: " + bins.size());
    assertEquals(100, bins.get(0).from());
    assertEquals(1099, bins.get(bins.size() - 1).to());
    assertEquals(1000, bins.stream().mapToInt(LengthBin::count).sum());
  }
}
