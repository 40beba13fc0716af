package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultWarningsTest {

  private static final List<String> NAMES = List.of("negatives", "positives");

  /** n examples of each class; positives get score pos, negatives neg (probability of class 1). */
  private static MetricsSummary scored(float[] negatives, float[] positives) {
    int n = negatives.length + positives.length;
    int[] truth = new int[n];
    float[][] probs = new float[n][];
    for (int i = 0; i < negatives.length; i++) {
      probs[i] = new float[] {1 - negatives[i], negatives[i]};
    }
    for (int i = 0; i < positives.length; i++) {
      truth[negatives.length + i] = 1;
      probs[negatives.length + i] = new float[] {1 - positives[i], positives[i]};
    }
    return Evaluator.evaluate(truth, probs, NAMES).summary();
  }

  private static float[] ramp(int n, float from, float to) {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = from + (to - from) * i / (n - 1);
    }
    return out;
  }

  @Test
  void theSameProbabilityForEverySequenceIsCalledGuessing() {
    // issue 22's collapse: 0.4597 for every sequence, so everything is called negative
    float[] same = new float[60];
    java.util.Arrays.fill(same, 0.4597f);
    List<String> warnings = ResultWarnings.of(scored(same, same));
    assertEquals(1, warnings.size());
    assertTrue(
        warnings
            .get(0)
            .startsWith(
                "Accuracy 0.500 is no better than always answering " + "'negatives' (0.500"),
        warnings.get(0));
    assertTrue(warnings.get(0).contains("What to try"));
  }

  @Test
  void tooFewSequencesGetNoVerdict() {
    // two sequences, both right: within two standard errors of guessing, but nothing to conclude
    assertEquals(List.of(), ResultWarnings.of(scored(new float[] {0.1f}, new float[] {0.9f})));
  }

  @Test
  void aGoodModelGetsNoWarning() {
    assertEquals(
        List.of(), ResultWarnings.of(scored(ramp(60, 0.01f, 0.45f), ramp(60, 0.55f, 0.99f))));
  }

  @Test
  void wellRankedButOffCentreScoresAreFlagged() {
    // every score below 0.5, positives above negatives: ROC AUC 1, accuracy 0.5 (guessing) is
    // caught by the first rule; with a few positives above 0.5 it is the second
    float[] negatives = ramp(60, 0.01f, 0.30f);
    float[] positives = ramp(60, 0.31f, 0.56f);
    MetricsSummary m = scored(negatives, positives);
    assertEquals(1.0, m.rocAuc(), 1e-12);
    List<String> warnings = ResultWarnings.of(m);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(
        warnings.get(0).startsWith("The model ranks the sequences well (ROC AUC 1.000)"),
        warnings.get(0));
  }

  @Test
  void validationStuckAtGuessingWhileTrainingRisesIsFlagged() {
    double[] validation = {0.5, 0.5, 0.5, 0.5, 0.53};
    double[] training = {0.59, 0.73, 0.84, 0.91, 0.96};
    List<String> warnings = ResultWarnings.ofHistory(validation, training, 0.5, 96);
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("at most 0.530 against 0.500"), warnings.get(0));
    // one epoch clearly above the guessing rate: no warning
    double[] learned = {0.5, 0.5, 0.5, 0.8, 0.9};
    assertEquals(List.of(), ResultWarnings.ofHistory(learned, training, 0.5, 96));
    // training did not rise either: the general warning covers it, not this one
    assertEquals(List.of(), ResultWarnings.ofHistory(validation, validation, 0.5, 96));
  }
}
