package org.motifworkbench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.network.CpuTraining;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;

/**
 * The Java CPU trainer computes the same training as the engine: from the same weights, the same
 * batches give the same losses, and after the Adam steps every parameter and batch-norm running
 * statistic agrees (dropout off, since the two draw different masks).
 */
class CpuTrainingEquivalenceTest {

  static Stream<Arguments> networks() {
    return Stream.of(
        Arguments.of("attention, odd and even kernels, two classes",
            spec(List.of(3, 8), true, 0.9, 1e-5), List.of("negative", "positive")),
        Arguments.of("max pooling, three classes, Keras batch norm",
            spec(List.of(5, 2), false, 0.99, 1e-3), List.of("a", "b", "c")),
        Arguments.of("attention, one wide kernel, three classes",
            spec(List.of(15), true, 0.9, 1e-5), List.of("a", "b", "c")));
  }

  private static NetworkSpec spec(List<Integer> kernels, boolean attention, double momentum,
      double eps) {
    return new NetworkSpec(1, kernels, 6, 0.0, attention, List.of(12, 5), List.of(0.0, 0.0),
        momentum, eps, "pytorch");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networks")
  void sameStepsAsTheEngine(String name, NetworkSpec spec, List<String> classes)
      throws IOException {
    int length = 30;
    TrainingData data = ModelTrainerTest.planted(96, length, classes.size(), 3);
    // includes an N and a lowercase base: fractional one-hot input
    List<String> seqs = new ArrayList<>(data.sequences());
    seqs.set(0, "N" + seqs.get(0).substring(1, 10) + "acgRt" + seqs.get(0).substring(15));
    data = new TrainingData(seqs, data.labels());
    TrainingSpec training = TrainingSpec.defaults().withEpochs(2).withBatchSize(32).withSeed(5);
    try (SequenceClassifier engine = SequenceClassifier.create(spec, classes, length, 11);
        SequenceClassifier cpu = copyOf(engine);
        SequenceClassifier untouched = copyOf(engine)) {
      assertTrue(CpuTraining.suits(cpu), "the CPU trainer is available in this JVM");
      TrainingResult onEngine = train(engine, training, data, "engine");
      TrainingResult onCpu = train(cpu, training, data, "java");
      for (int e = 0; e < 2; e++) {
        assertEquals(onEngine.history().get(e).loss(), onCpu.history().get(e).loss(),
            2e-5, "training loss of epoch " + (e + 1));
        assertEquals(onEngine.history().get(e).accuracy(),
            onCpu.history().get(e).accuracy(), 1e-9);
      }
      List<Pair<String, Parameter>> a = engine.block().getParameters().stream().toList();
      List<Pair<String, Parameter>> b = cpu.block().getParameters().stream().toList();
      assertEquals(a.size(), b.size());
      for (int i = 0; i < a.size(); i++) {
        String key = a.get(i).getKey();
        if (key.matches(".*dense\\d+_(bias|bn_runningMean)")) {
          // A dense layer's bias before batch norm has a true gradient of exactly zero (the
          // normalisation removes it); both trainers see rounding noise there, which Adam scales to
          // full-size steps in noise-given directions. Only the running mean sees that bias.
          continue;
        }
        float[] x = a.get(i).getValue().getArray().toFloatArray();
        float[] y = b.get(i).getValue().getArray().toFloatArray();
        double scale = 0;
        double diff = 0;
        for (int j = 0; j < x.length; j++) {
          scale = Math.max(scale, Math.abs(x[j]));
          diff = Math.max(diff, Math.abs(x[j] - y[j]));
        }
        assertTrue(diff <= 2e-4 * Math.max(1, scale),
            key + " differs by " + diff + " (largest value " + scale + ")");
      }
      // and training moved the weights (the comparison is not between two untouched models)
      float[] start = untouched.block().getParameters().get(0).getValue().getArray()
          .toFloatArray();
      float[] end = a.get(0).getValue().getArray().toFloatArray();
      double moved = 0;
      for (int j = 0; j < start.length; j++) {
        moved = Math.max(moved, Math.abs(start[j] - end[j]));
      }
      assertTrue(moved > 1e-3, "first-layer weights moved by " + moved);
    }
  }

  private static TrainingResult train(SequenceClassifier c, TrainingSpec spec, TrainingData data,
      String trainer) {
    String old = System.getProperty(CpuTraining.KERNELS_PROPERTY);
    System.setProperty(CpuTraining.KERNELS_PROPERTY, trainer);
    try {
      return new ModelTrainer(c, spec, TrainingListener.NONE, CancellationToken.none())
          .train(data, new TrainingData(List.of(), new int[0]));
    } finally {
      if (old == null) {
        System.clearProperty(CpuTraining.KERNELS_PROPERTY);
      } else {
        System.setProperty(CpuTraining.KERNELS_PROPERTY, old);
      }
    }
  }

  private static SequenceClassifier copyOf(SequenceClassifier c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    c.saveParameters(out);
    return SequenceClassifier.load(c.spec(), c.classNames(), c.inputLength(),
        new ByteArrayInputStream(out.toByteArray()));
  }
}
