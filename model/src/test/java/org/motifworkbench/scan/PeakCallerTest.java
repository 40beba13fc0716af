package org.motifworkbench.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeakCallerTest {

  @Test
  void windowsAboveTheThresholdMergeWhenTheirExtentsOverlapOrTouch() {
    PeakCaller caller = new PeakCaller(0.5, 10);
    double[] values = {0.2, 0.6, 0.9, 0.7, 0.1};
    for (int i = 0; i < values.length; i++) {
      caller.accept(new WindowScore("chr1", 100 + i, 105 + i, values[i]));
    }
    caller.accept(new WindowScore("chr1", 121, 126, 0.5)); // after a gap: a new peak
    caller.accept(new WindowScore("chr1", 131, 136, 0.55)); // adjacent to [121, 131): merged
    caller.accept(new WindowScore("chr2", 0, 5, 0.8));
    assertEquals(
        List.of(
            new Peak("chr1", 101, 113, 0.9, 107),
            new Peak("chr1", 121, 141, 0.55, 136),
            new Peak("chr2", 0, 10, 0.8, 5)),
        caller.peaks());
  }

  @Test
  void peaksAreWrittenSortedAsBed6OrNarrowPeak() {
    List<Peak> peaks =
        List.of(new Peak("chr2", 0, 10, 0.8, 5), new Peak("chr10", 30, 60, 0.61234, 41));
    assertEquals(
        "chr10\t30\t60\tpeak_1\t612\t.\nchr2\t0\t10\tpeak_2\t800\t.\n",
        PeakWriter.text(peaks, ScoreUnit.PROBABILITY, false));
    assertEquals(
        "chr10\t30\t60\tpeak_1\t731\t.\t1\t-1\t-1\t11\nchr2\t0\t10\tpeak_2\t500\t.\t0\t-1\t-1\t5\n",
        PeakWriter.text(
            List.of(new Peak("chr2", 0, 10, 0, 5), new Peak("chr10", 30, 60, 1, 41)),
            ScoreUnit.LOGIT,
            true));
  }
}
