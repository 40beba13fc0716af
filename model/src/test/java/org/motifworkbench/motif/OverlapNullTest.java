package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapNullTest {

  /**
   * Query A C against a database of the one motif A C, Euclidean. The database's columns on both
   * strands are A, C and (reverse complement G T) G, T. Column A meets A at distance 0 and the
   * other three at sqrt(2): median -sqrt(2), so centred scores are sqrt(2) once and 0 three times;
   * the scale is floor(100 / sqrt(2)) = 70 bins per unit, so the bins are 99 (1 in 4) and 0 (3 in
   * 4); column C likewise, and the median bin (an unaligned column) is 0. Two columns: sum 198 with
   * 1/16, 99 with 6/16, 0 with 9/16.
   */
  @Test
  void twoColumnsByHand() {
    double[][] ac = {{1, 0, 0, 0}, {0, 1, 0, 0}};
    ColumnSimilarity euclidean = ColumnSimilarity.EUCLIDEAN;
    TargetColumns db = TargetColumns.of(List.of(new Motif("t", "", ac)), euclidean);
    QueryScores scores = QueryScores.of(new Motif("q", "", ac), db, euclidean);
    assertEquals(0, scores.unalignedBin());
    assertEquals(0.25, scores.histogram(0)[99], 1e-12);
    assertEquals(0.75, scores.histogram(0)[0], 1e-12);
    OverlapNull nul = OverlapNull.of(scores);
    // A target 2 wide: the full overlap, or one column at either end (the other counts as 0).
    assertEquals(1 / 16.0, nul.pValue(2, 1, 198), 1e-12);
    assertEquals(1 - (9 / 16.0) * 0.75 * 0.75, nul.pValue(2, 1, 99), 1e-12);
    assertEquals(7 / 16.0, nul.pValue(2, 2, 99), 1e-12, "partial overlaps excluded");
    assertEquals(1, nul.pValue(2, 1, 0), 1e-12);
    // A target 1 wide sits on either query column: 1 - (3/4)^2.
    assertEquals(7 / 16.0, nul.pValue(1, 1, 99), 1e-12);
    assertEquals(0, nul.pValue(1, 1, 100), 1e-12);
    // A target 3 wide: the full overlap in 2 places, and one column at either end.
    assertEquals(1 - (15 / 16.0) * (15 / 16.0), nul.pValue(3, 1, 198), 1e-12);
  }

  /** Tiny tails keep their precision: 20 columns each 1 in 4 at the top. */
  @Test
  void smallPValuesArePrecise() {
    double[][] rows = new double[20][];
    for (int i = 0; i < 20; i++) {
      rows[i] = new double[] {1, 0, 0, 0};
    }
    ColumnSimilarity euclidean = ColumnSimilarity.EUCLIDEAN;
    TargetColumns db =
        TargetColumns.of(
            List.of(new Motif("t", "", new double[][] {{1, 0, 0, 0}, {0, 1, 0, 0}})), euclidean);
    OverlapNull nul = OverlapNull.of(QueryScores.of(new Motif("q", "", rows), db, euclidean));
    assertEquals(Math.pow(0.25, 20), nul.pValue(20, 20, 20 * 99), 1e-12 * Math.pow(0.25, 20));
  }
}
