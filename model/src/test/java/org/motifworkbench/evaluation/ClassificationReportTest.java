package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motifworkbench.evaluation.ScoreDistributionsTest.binaryProbs;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

  @Test
  void binaryReportIsLaidOutLikeSklearn() {
    String expected =
        """
                      precision     recall   f1-score    support

                 neg     0.6667     1.0000     0.8000          2
                 pos     1.0000     0.5000     0.6667          2

            accuracy                           0.7500          4
           macro avg     0.8333     0.7500     0.7333          4
        weighted avg     0.8333     0.7500     0.7333          4

        ROC AUC for positive class 'pos': 0.7500
        PR AUC (average precision) for positive class 'pos': 0.8333 (no-skill baseline 0.5000)
        """;
    assertEquals(expected, EvaluatorTest.binaryExample().report());
  }

  @Test
  void multiClassReportListsOneVsRestAucs() {
    String report = EvaluatorTest.threeClassExample().report();
    assertTrue(
        report.contains("   macro avg     0.7222     0.6667     0.6556          6\n"), report);
    assertTrue(report.contains("One-vs-rest AUC:\n"), report);
    assertTrue(report.contains("           a     0.9375     0.8333     0.3333\n"), report);
    assertTrue(report.contains("   macro avg     0.8958     0.8333     0.3333\n"), report);
  }

  @Test
  void binaryReportExplainsUndefinedAuc() {
    String report =
        Evaluator.evaluate(new int[] {0, 0}, binaryProbs(0.2f, 0.7f), EvaluatorTest.NEG_POS)
            .report();
    assertTrue(report.contains("ROC AUC for positive class 'pos': NaN\n"), report);
    assertTrue(
        report.contains(
            "Note: ROC AUC and PR AUC for 'pos' undefined (NaN): truth holds only class 'neg'.\n"),
        report);
  }

  @Test
  void multiClassReportExplainsAbsentClass() {
    float[][] probs = {{0.7f, 0.2f, 0.1f}, {0.2f, 0.7f, 0.1f}};
    String report = Evaluator.evaluate(new int[] {0, 1}, probs, EvaluatorTest.ABC).report();
    assertTrue(
        report.contains(
            "Note: ROC AUC and PR AUC for 'c' undefined (NaN): "
                + "truth holds no example of class 'c'.\n"),
        report);
    assertTrue(report.contains("Macro averages over classes are undefined (NaN)"), report);
  }

  @Test
  void longClassNamesWidenTheFirstColumn() {
    String report =
        Evaluator.evaluate(
                new int[] {0, 1},
                binaryProbs(0.2f, 0.7f),
                List.of("background", "enhancer-bound-region"))
            .report();
    assertTrue(report.contains("\nenhancer-bound-region     1.0000"), report);
    assertTrue(report.contains("\n             accuracy "), report);
  }
}
