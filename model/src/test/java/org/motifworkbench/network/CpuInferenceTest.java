package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Prediction computed in Java gives the engine's probabilities: for networks with attention and
 * with max pooling, two and three classes, filters not a multiple of the vector width, fractional
 * (IUPAC) input, and batch-norm statistics that are not the initial ones.
 */
class CpuInferenceTest {

  @Test
  void sameProbabilitiesAsTheEngine() {
    check(new NetworkSpec(1, List.of(3, 8), 6, 0.1, true, List.of(12, 5), List.of(0.5, 0.0),
        0.9, 1e-5, "pytorch"), List.of("negative", "positive"));
    check(new NetworkSpec(1, List.of(5, 2, 11), 20, 0.0, false, List.of(7), List.of(0.3),
        0.99, 1e-3, "glorot"), List.of("a", "b", "c"));
    check(NetworkPreset.TUTORIAL.spec(), List.of("negative", "positive"));
  }

  private static void check(NetworkSpec spec, List<String> classes) {
    int length = 37;
    SplittableRandom r = new SplittableRandom(3);
    List<String> seqs = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < length; j++) {
        b.append("ACGTacgtNRY".charAt(r.nextInt(i % 5 == 0 ? 11 : 4)));
      }
      seqs.add(b.toString());
    }
    try (SequenceClassifier c = SequenceClassifier.create(spec, classes, length, 9)) {
      // every parameter and batch-norm statistic moved away from its initial value
      for (Pair<String, Parameter> p : c.block().getParameters()) {
        float[] v = p.getValue().getArray().toFloatArray();
        if (p.getKey().endsWith("runningVar")) {
          for (int i = 0; i < v.length; i++) {
            v[i] = 0.5f + (float) r.nextDouble();
          }
        } else {
          double size = p.getKey().endsWith("weight") ? 0.3 : 0.5;
          for (int i = 0; i < v.length; i++) {
            v[i] += (float) (size * (r.nextDouble() - 0.5));
          }
        }
        p.getValue().getArray().set(java.nio.FloatBuffer.wrap(v));
      }
      c.weightsChanged();
      assertTrue(CpuTraining.suits(c));
      float[][] java = c.predict(seqs, 16);
      String old = System.getProperty(CpuTraining.KERNELS_PROPERTY);
      System.setProperty(CpuTraining.KERNELS_PROPERTY, "engine");
      float[][] engine;
      try {
        engine = c.predict(seqs, 16);
      } finally {
        if (old == null) {
          System.clearProperty(CpuTraining.KERNELS_PROPERTY);
        } else {
          System.setProperty(CpuTraining.KERNELS_PROPERTY, old);
        }
      }
      double spread = 0;
      for (int i = 0; i < seqs.size(); i++) {
        for (int k = 0; k < classes.size(); k++) {
          assertEquals(engine[i][k], java[i][k], 2e-5, "sequence " + i + ", class " + k);
          spread = Math.max(spread, Math.abs(engine[i][k] - engine[0][k]));
        }
      }
      assertTrue(spread > 2e-4, "the probabilities differ between sequences: " + spread);
    }
  }
}
