package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapNullTest {

  /**
   * Query A C against a database of the one motif A C, Pearson. Column A meets A (r = 1, bin 100)
   * and C (r = -1/3, bin round(33.3) = 33); its complement T meets both at -1/3 (bins 33, 33); plus
   * itself once (bin 100): 2 of 5 in bin 100, 3 of 5 in bin 33. Column C likewise. So P(sum >= 200)
   * = .4 x .4 = .16, P(sum >= 133) = 1 - .6 x .6 = .64, P(sum >= 66) = 1.
   */
  @Test
  void twoColumnsByHand() {
    double[][] ac = {{1, 0, 0, 0}, {0, 1, 0, 0}};
    ColumnSimilarity pearson = ColumnSimilarity.PEARSON;
    TargetColumns db = TargetColumns.of(List.of(new Motif("t", "", ac)), pearson);
    QueryScores scores = QueryScores.of(new Motif("q", "", ac), db, pearson);
    OverlapNull nul = OverlapNull.of(scores, 2);
    assertEquals(0.4, nul.pValue(0, 1, 100), 1e-12);
    assertEquals(1, nul.pValue(0, 1, 33), 1e-12);
    assertEquals(0.4, nul.pValue(1, 1, 100), 1e-12);
    assertEquals(0.16, nul.pValue(0, 2, 200), 1e-12);
    assertEquals(0.64, nul.pValue(0, 2, 133), 1e-12);
    assertEquals(1, nul.pValue(0, 2, 66), 1e-12);
  }

  /** Sidak: 1 - (1 - .01)^10 = 1 - .904382 = .0956179; for tiny p it is p x 10. */
  @Test
  void correctionForOffsetsTried() {
    assertEquals(0.0956179249, new Alignment(0, '+', 5, 5, 0.01, 10).correctedPValue(), 1e-9);
    assertEquals(1e-19, new Alignment(0, '+', 5, 5, 1e-20, 10).correctedPValue(), 1e-30);
    assertEquals(1, new Alignment(0, '+', 5, 5, 1, 10).correctedPValue());
  }
}
