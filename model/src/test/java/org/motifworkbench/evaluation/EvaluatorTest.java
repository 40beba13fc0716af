package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motifworkbench.evaluation.ScoreDistributionsTest.binaryProbs;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluatorTest {

  private static final double EPS = 1e-12;
  static final List<String> NEG_POS = List.of("neg", "pos");
  static final List<String> ABC = List.of("a", "b", "c");

  /** truth [0,0,1,1], positive scores [.1,.4,.35,.8]. */
  static ClassificationMetrics binaryExample() {
    return Evaluator.evaluate(
        new int[] {0, 0, 1, 1}, binaryProbs(0.1f, 0.4f, 0.35f, 0.8f), NEG_POS);
  }

  static final int[] TRUTH3 = {0, 1, 2, 0, 1, 2};
  static final float[][] PROBS3 = {
    {0.6f, 0.3f, 0.1f}, {0.2f, 0.7f, 0.1f}, {0.3f, 0.3f, 0.4f},
    {0.3f, 0.5f, 0.2f}, {0.1f, 0.4f, 0.5f}, {0.1f, 0.1f, 0.8f}
  };

  static ClassificationMetrics threeClassExample() {
    return Evaluator.evaluate(TRUTH3, PROBS3, ABC);
  }

  @Test
  void binaryExampleByHand() {
    // argmax: .1 -> neg, .4 -> neg, .35 -> neg, .8 -> pos; matrix [[2,0],[1,1]]
    ClassificationMetrics m = binaryExample();
    assertArrayEquals(new int[][] {{2, 0}, {1, 1}}, m.confusionMatrix().counts());
    assertEquals(0.75, m.accuracy(), EPS);
    assertEquals(0.75, m.rocAuc(), EPS);
    assertEquals(5.0 / 6, m.prAuc(), EPS);
    assertEquals(0.5, m.summary().prAucBaseline(), EPS);
    // pos: tp 1 fp 0 fn 1 -> P 1, R 1/2, F1 2/3; neg: tp 2 fp 1 fn 0 -> P 2/3, R 1, F1 4/5
    ClassMetrics pos = m.summary().perClass().get(1);
    assertEquals(1.0, pos.precision(), EPS);
    assertEquals(0.5, pos.recall(), EPS);
    assertEquals(2.0 / 3, pos.f1(), EPS);
    assertEquals((4.0 / 5 + 2.0 / 3) / 2, m.summary().macroAverage().f1(), EPS);
    assertEquals(1, m.curves().size());
    assertEquals("pos", m.curves().get(0).className());
    assertEquals(ScoreDistributions.DEFAULT_BINS, m.scoreDistributions().bins());
  }

  @Test
  void threeClassExampleByHand() {
    // argmax: a, b, c, b, c, c -> rows a [1,1,0], b [0,1,1], c [0,0,2]
    ClassificationMetrics m = threeClassExample();
    assertArrayEquals(new int[][] {{1, 1, 0}, {0, 1, 1}, {0, 0, 2}}, m.confusionMatrix().counts());
    assertEquals(4.0 / 6, m.accuracy(), EPS);
    // a: tp1 fp0 fn1 -> 1, 1/2, 2/3; b: tp1 fp1 fn1 -> 1/2 each; c: tp2 fp1 fn0 -> 2/3, 1, 4/5
    AveragedMetrics macro = m.summary().macroAverage();
    assertEquals((1 + 0.5 + 2.0 / 3) / 3, macro.precision(), EPS);
    assertEquals((0.5 + 0.5 + 1) / 3, macro.recall(), EPS);
    assertEquals((2.0 / 3 + 0.5 + 0.8) / 3, macro.f1(), EPS);
  }

  @Test
  void threeClassOneVsRestAucsByHand() {
    // a: pos .6 .3 vs neg .2 .3 .1 .1 -> (4 + 3.5) / 8; AP: .6 (P1 R.5), .3 {neg,pos} (P2/3 R1)
    // b: pos .7 .4 vs neg .3 .3 .5 .1 -> (4 + 3) / 8;   AP: .7 (1, .5), .5 neg, .4 (2/3, 1)
    // c: pos .4 .8 vs neg .1 .1 .2 .5 -> (3 + 4) / 8;   AP: .8 (1, .5), .5 neg, .4 (2/3, 1)
    ClassificationMetrics m = threeClassExample();
    List<AucScores> auc = m.summary().aucScores();
    assertEquals(7.5 / 8, auc.get(0).rocAuc(), EPS);
    assertEquals(7.0 / 8, auc.get(1).rocAuc(), EPS);
    assertEquals(7.0 / 8, auc.get(2).rocAuc(), EPS);
    for (AucScores a : auc) {
      assertEquals(5.0 / 6, a.averagePrecision(), EPS);
      assertEquals(1.0 / 3, a.baseline(), EPS);
    }
    assertEquals((7.5 + 7 + 7) / 24, m.rocAuc(), EPS);
    assertEquals(5.0 / 6, m.prAuc(), EPS);
  }

  @Test
  void argmaxTiesGoToTheLowestIndex() {
    float[][] probs = {{0.5f, 0.5f}, {0.4f, 0.4f, 0.2f}, {0.2f, 0.4f, 0.4f}, {0.1f, 0.2f, 0.7f}};
    assertArrayEquals(new int[] {0, 0, 1, 2}, Evaluator.predict(probs));
  }

  @Test
  void perfectAndInvertedClassifiers() {
    int[] truth = {0, 0, 1, 1};
    ClassificationMetrics perfect =
        Evaluator.evaluate(truth, binaryProbs(0.1f, 0.2f, 0.8f, 0.9f), NEG_POS);
    assertEquals(1.0, perfect.accuracy(), EPS);
    assertEquals(1.0, perfect.rocAuc(), EPS);
    assertEquals(1.0, perfect.prAuc(), EPS);
    assertEquals(1.0, perfect.summary().macroAverage().f1(), EPS);
    ClassificationMetrics inverted =
        Evaluator.evaluate(truth, binaryProbs(0.9f, 0.8f, 0.2f, 0.1f), NEG_POS);
    assertEquals(0.0, inverted.accuracy(), EPS);
    assertEquals(0.0, inverted.rocAuc(), EPS);
    assertEquals(5.0 / 12, inverted.prAuc(), EPS);
    assertEquals(0.0, inverted.summary().macroAverage().f1(), EPS);
  }

  @Test
  void allScoresTiedGiveHalfAuc() {
    ClassificationMetrics m =
        Evaluator.evaluate(new int[] {0, 1, 0, 1}, binaryProbs(0.5f, 0.5f, 0.5f, 0.5f), NEG_POS);
    assertEquals(0.5, m.rocAuc(), EPS);
    assertEquals(0.5, m.prAuc(), EPS);
  }

  @Test
  void singleClassInTruthGivesNanAucsNotAnError() {
    ClassificationMetrics onlyNeg =
        Evaluator.evaluate(new int[] {0, 0}, binaryProbs(0.2f, 0.7f), NEG_POS);
    assertTrue(Double.isNaN(onlyNeg.rocAuc()));
    assertTrue(Double.isNaN(onlyNeg.prAuc()));
    assertEquals(0.5, onlyNeg.accuracy(), EPS);
    ClassificationMetrics onlyPos =
        Evaluator.evaluate(new int[] {1, 1}, binaryProbs(0.2f, 0.7f), NEG_POS);
    assertTrue(Double.isNaN(onlyPos.rocAuc()));
    assertEquals(1.0, onlyPos.prAuc(), EPS); // every prediction at any threshold is right
  }

  @Test
  void absentClassMakesItsAucAndTheMacroNan() {
    float[][] probs = {{0.7f, 0.2f, 0.1f}, {0.2f, 0.7f, 0.1f}};
    ClassificationMetrics m = Evaluator.evaluate(new int[] {0, 1}, probs, ABC);
    assertTrue(Double.isNaN(m.summary().aucScores().get(2).rocAuc()));
    assertTrue(Double.isNaN(m.summary().aucScores().get(2).averagePrecision()));
    assertEquals(1.0, m.summary().aucScores().get(0).rocAuc(), EPS);
    assertTrue(Double.isNaN(m.rocAuc()));
    assertTrue(Double.isNaN(m.prAuc()));
  }

  static Stream<Arguments> invalidInputs() {
    float[][] two = binaryProbs(0.2f, 0.7f);
    return Stream.of(
        Arguments.of(new int[0], new float[0][], NEG_POS, "there are no examples to evaluate"),
        Arguments.of(new int[] {0, 1, 1}, two, NEG_POS, "truth has 3 labels but probs has 2 rows"),
        Arguments.of(
            new int[] {0, 2}, two, NEG_POS, "truth[1] is 2, but class indices run from 0 to 1"),
        Arguments.of(
            new int[] {-1, 0}, two, NEG_POS, "truth[0] is -1, but class indices run from 0 to 1"),
        Arguments.of(
            new int[] {0, 1},
            new float[][] {{0.5f, 0.5f}, {Float.NaN, 0.5f}},
            NEG_POS,
            "probs[1][0] is NaN"),
        Arguments.of(
            new int[] {0, 1},
            new float[][] {{0.5f, 0.5f}, {-2f, 3f}},
            NEG_POS,
            "probs[1][0] is -2.0, outside [0, 1]"),
        Arguments.of(
            new int[] {0, 1},
            new float[][] {{0.5f, 0.5f}, {1f}},
            NEG_POS,
            "row 1 of probs has 1 values but there are 2 classes"),
        Arguments.of(
            new int[] {0},
            new float[][] {{1f}},
            List.of("only"),
            "at least two classes are needed, but there are 1"),
        Arguments.of(new int[] {0, 1}, two, List.of("x", "x"), "class name 'x' appears twice"),
        Arguments.of(
            new int[] {0, 1},
            two,
            List.of("x", "macro"),
            "'macro' cannot be a class name: it is a reserved key of the metrics JSON"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("invalidInputs")
  void rejectsInvalidInputWithAPlainMessage(
      int[] truth, float[][] probs, List<String> names, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Evaluator.evaluate(truth, probs, names));
    assertEquals(message, e.getMessage());
  }

  @Test
  void rejectsZeroHistogramBins() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Evaluator.evaluate(new int[] {0, 1}, binaryProbs(0.2f, 0.7f), NEG_POS, 0));
  }
}
