package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionTableTest {

  @Test
  void trueClassThenPredictedThenOneProbabilityPerClass() {
    String csv =
        PredictionTable.format(
            List.of("s1", "s2"),
            List.of("pos", "neg"),
            new float[][] {{0.2f, 0.8f}, {0.6f, 0.4f}},
            List.of("neg", "pos"),
            PredictionTable.separatorFor("out.CSV"));
    assertEquals(
        "id,true,predicted,neg,pos\n" + "s1,pos,pos,0.2,0.8\n" + "s2,neg,neg,0.6,0.4\n", csv);
    assertEquals('\t', PredictionTable.separatorFor("out.tsv"));
  }

  @Test
  void probabilitiesReadBackAsTheSameFloat() {
    // Six decimals wrote the first three as 1.000000 and the last two as 0.000000.
    for (float p : new float[] {0.99999994f, 0.9999997f, 0.9999991f, 1.2e-7f, 4.5e-7f, 0.5f}) {
      assertEquals(p, Float.parseFloat(PredictionTable.probability(p)), 0f);
    }
    assertEquals("0.99999994", PredictionTable.probability(0.99999994f));
    assertEquals("1.2E-7", PredictionTable.probability(1.2e-7f));
  }
}
