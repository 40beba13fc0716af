package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionTableTest {

  @Test
  void trueClassThenPredictedThenOneProbabilityPerClass() {
    String csv = PredictionTable.format(List.of("s1", "s2"), List.of("pos", "neg"),
        new float[][] {{0.2f, 0.8f}, {0.6f, 0.4f}}, List.of("neg", "pos"),
        PredictionTable.separatorFor("out.CSV"));
    assertEquals("id,true,predicted,neg,pos\n"
        + "s1,pos,pos,0.200000,0.800000\n"
        + "s2,neg,neg,0.600000,0.400000\n", csv);
    assertEquals('\t', PredictionTable.separatorFor("out.tsv"));
  }
}
