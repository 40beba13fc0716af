package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricsTsvTest {

  @Test
  void writesPerClassLinesThenAverages() {
    String expected =
        """
        class\tprecision\trecall\tf1\tsupport
        neg\t0.6666666666666666\t1.0\t0.8\t2
        pos\t1.0\t0.5\t0.6666666666666666\t2
        macro avg\t0.8333333333333333\t0.75\t0.7333333333333334\t4
        weighted avg\t0.8333333333333333\t0.75\t0.7333333333333334\t4
        """;
    assertEquals(expected, EvaluatorTest.binaryExample().toTsv());
  }
}
