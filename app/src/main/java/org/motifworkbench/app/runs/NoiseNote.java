package org.motifworkbench.app.runs;

import java.util.List;
import org.motifworkbench.evaluation.Interval;
import org.motifworkbench.project.RunRecord;

/**
 * What the test accuracy intervals of two selected runs say: whether their difference is within the
 * noise of a finite test split (the intervals overlap) or beyond it.
 */
final class NoiseNote {

  private NoiseNote() {}

  /** The note for the selected runs; "" unless exactly two with test intervals are selected. */
  static String of(List<RunRecord> selected) {
    if (selected.size() != 2) {
      return "";
    }
    RunRecord a = selected.get(0);
    RunRecord b = selected.get(1);
    Interval x = RunTexts.accuracyInterval(a);
    Interval y = RunTexts.accuracyInterval(b);
    if (!x.defined() || !y.defined()) {
      return "";
    }
    if (x.overlaps(y)) {
      return "The 95% intervals of the test accuracy of "
          + a.name()
          + " and "
          + b.name()
          + " overlap: the difference is within noise (another test split could"
          + " order them the other way).";
    }
    RunRecord better = a.test().accuracy() >= b.test().accuracy() ? a : b;
    return "The 95% intervals of the test accuracy do not overlap: "
        + better.name()
        + " is more accurate beyond the noise of the test split.";
  }
}
