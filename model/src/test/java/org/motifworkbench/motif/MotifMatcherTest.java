package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MotifMatcherTest {

  private static final MemeFile JASPAR = MotifTestData.jaspar();
  private static final MotifMatcher MATCHER = MotifMatcher.of(JASPAR);
  private static final MotifMatcher PEARSON =
      MotifMatcher.of(
          JASPAR.motifs(), MatchOptions.defaults().withSimilarity(ColumnSimilarity.PEARSON));

  @ParameterizedTest
  @ValueSource(strings = {"MA0139.1", "MA0002.2", "MA0003.3", "MA0106.3", "MA0079.3"})
  void jasparMotifFindsItselfFirst(String id) {
    Motif query = JASPAR.find(id);
    List<MotifMatch> matches = MATCHER.match(query);
    assertEquals(518, matches.size());
    MotifMatch top = matches.get(0);
    assertEquals(id, top.targetId());
    assertEquals(query.altName(), top.targetName());
    assertEquals(0, top.offset());
    assertEquals('+', top.strand());
    assertEquals(query.width(), top.overlap());
    assertEquals(0, top.score(), 1e-9, "every column at distance 0");
    for (MotifMatch other : matches) {
      assertTrue(other.score() <= top.score() + 1e-9, other.toString());
    }
    assertTrue(top.pValue() < 1e-15, top.toString());
    assertEquals(top.pValue() * 518, top.eValue(), 1e-30);
    assertTrue(top.eValue() < 1e-12, top.toString());
    assertTrue(top.qValue() <= top.eValue(), top.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MA0139.1", "MA0002.2", "MA0106.3"})
  void reverseComplementIsFoundOnTheMinusStrand(String id) {
    Motif original = JASPAR.find(id);
    Motif rc = PositionWeightMatrix.reverseComplement(original);
    MotifMatch top = MATCHER.match(new Motif("copy", "", rc.probabilities()), 1).get(0);
    assertEquals(id, top.targetId());
    assertEquals('-', top.strand());
    assertEquals(0, top.offset());
    assertEquals(0, top.score(), 1e-9);
    assertTrue(top.eValue() < 1e-12, top.toString());
  }

  /**
   * Rows drawn from Dirichlet(1,1,1,1) (normalised Exp(1) draws). The criterion is E > 0.05 for
   * every target: E bounds the expected number of false matches over the whole database, and since
   * q <= E holds for every target, it also implies q > 0.05. Over 200 seeds 4 (2%) had some E <=
   * 0.05, within the 5% such a bound allows; these five seeds have minimum E between 0.8 and 5.8.
   */
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4})
  void randomMatrixHasNoSignificantMatch(long seed) {
    Motif random = new Motif("random", "", dirichletRows(10, new Random(seed)));
    for (MotifMatch m : MATCHER.match(random)) {
      assertTrue(m.eValue() > 0.05, m.toString());
      assertTrue(m.qValue() > 0.05, m.toString());
    }
  }

  /**
   * The inner 6 columns (3..8) of 12-wide motifs align at target column 3. A 6-column piece can
   * match a relative as well as its source; these five of JASPAR's 46 12-wide motifs find
   * themselves first this way (as they did under Pearson).
   */
  @ParameterizedTest
  @ValueSource(strings = {"MA0041.1", "MA0047.2", "MA0091.1", "MA0524.2", "MA0846.1"})
  void truncatedCopyIsFoundAtItsOffset(String id) {
    Motif full = JASPAR.find(id);
    assertEquals(12, full.width());
    Motif inner = new Motif("inner", "", Arrays.copyOfRange(full.probabilities(), 3, 9));
    MotifMatch top = MATCHER.match(inner, 1).get(0);
    assertEquals(id, top.targetId());
    assertEquals(3, top.offset());
    assertEquals('+', top.strand());
    assertEquals(6, top.overlap());
    assertEquals(0, top.score(), 1e-9);
    assertTrue(top.eValue() < 0.01, top.toString());

    Motif flipped = PositionWeightMatrix.reverseComplement(inner);
    MotifMatch rcTop = MATCHER.match(flipped, 1).get(0);
    assertEquals(id, rcTop.targetId());
    assertEquals('-', rcTop.strand());
    assertEquals(3, rcTop.offset(), "offsets count on the strand the query is read");
  }

  /** Two uniform columns before CTCF: the query starts two columns before the target. */
  @Test
  void widerQueryGetsANegativeOffset() {
    Motif ctcf = JASPAR.find("MA0139.1");
    double[][] rows = new double[ctcf.width() + 2][];
    rows[0] = new double[] {0.25, 0.25, 0.25, 0.25};
    rows[1] = rows[0];
    System.arraycopy(ctcf.probabilities(), 0, rows, 2, ctcf.width());
    MotifMatch top = MATCHER.match(new Motif("padded", "", rows), 1).get(0);
    assertEquals("MA0139.1", top.targetId());
    assertEquals(-2, top.offset());
    assertEquals(19, top.overlap());
  }

  /**
   * Query A C against the one motif A C (Euclidean): as OverlapNullTest works out, the best forward
   * alignment (offset 0, complete score 198) has p = 1/16 on its strand; against the reverse
   * complement G T every column is in bin 0, p = 1. Both strands: 1 - (15/16)^2 = 31/256 = E = q.
   */
  @Test
  void pValueByHand() {
    double[][] ac = {{1, 0, 0, 0}, {0, 1, 0, 0}};
    MotifMatcher matcher =
        MotifMatcher.of(List.of(new Motif("t", "T", ac)), MatchOptions.defaults());
    MotifMatch m = matcher.match(new Motif("q", "", ac)).get(0);
    double p = 31 / 256.0;
    assertEquals(new MotifMatch("t", "T", 0, '+', 2, 0, p, p, p), m);
  }

  @Test
  void overlapsRespectTheMinimum() {
    Motif query = JASPAR.find("MA0139.1");
    MotifMatcher five = MotifMatcher.of(JASPAR.motifs(), MatchOptions.defaults().withMinOverlap(5));
    for (MotifMatch m : five.match(query)) {
      assertTrue(m.overlap() >= 5, m.toString());
    }
    MotifMatcher strict =
        MotifMatcher.of(JASPAR.motifs(), MatchOptions.defaults().withMinOverlap(9));
    for (MotifMatch m : strict.match(query)) {
      int width = JASPAR.find(m.targetId()).width();
      assertTrue(m.overlap() >= Math.min(9, width), m.toString());
    }
  }

  @Test
  void pearsonFindsItselfFirstToo() {
    MotifMatch top = PEARSON.match(JASPAR.find("MA0139.1"), 1).get(0);
    assertEquals("MA0139.1", top.targetId());
    assertEquals(19, top.score(), 1e-9, "every column correlates perfectly");
    assertEquals('+', top.strand());
    assertTrue(top.eValue() < 1e-12, top.toString());
  }

  @Test
  void defaultsAreTomtoms() {
    assertEquals(ColumnSimilarity.EUCLIDEAN, MatchOptions.defaults().similarity());
    assertEquals(1, MatchOptions.defaults().minOverlap());
  }

  @Test
  void rankedByPValueAndDeterministic() {
    Motif query = JASPAR.find("MA0003.3");
    List<MotifMatch> all = MATCHER.match(query);
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).pValue() <= all.get(i).pValue());
    }
    assertEquals(all, MotifMatcher.of(JASPAR).match(query));
    assertEquals(all.subList(0, 3), MATCHER.match(query, 3));
    assertEquals(518, MATCHER.match(query, 1000).size());
    assertThrows(IllegalArgumentException.class, () -> MATCHER.match(query, -1));
    assertThrows(
        IllegalArgumentException.class, () -> MotifMatcher.of(List.of(), MatchOptions.defaults()));
  }

  @Test
  void smallDatabaseWithoutNames() {
    MemeFile small = MemeFormat.read(MotifTestData.smallMeme());
    MotifMatcher matcher = MotifMatcher.of(small);
    assertEquals(12, matcher.size());
    MotifMatch top = matcher.match(small.find("Hes1_MA1099.1"), 1).get(0);
    assertEquals("Hes1_MA1099.1", top.targetId());
    assertEquals("", top.targetName());
  }

  static double[][] dirichletRows(int width, Random random) {
    double[][] rows = new double[width][4];
    for (double[] row : rows) {
      double sum = 0;
      for (int b = 0; b < 4; b++) {
        row[b] = -Math.log(1 - random.nextDouble());
        sum += row[b];
      }
      for (int b = 0; b < 4; b++) {
        row[b] /= sum;
      }
    }
    return rows;
  }
}
