package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultiScaleAttentionNetTest {

  /** The one stacked convolution gives what each branch's own centred convolution gives. */
  @ParameterizedTest
  @ValueSource(strings = {"3,7,15,25", "4,7", "24,5", "6,2,9"})
  void stackedFirstLayerEqualsSeparateCentredConvolutions(String kernels) {
    List<Integer> ks = java.util.Arrays.stream(kernels.split(",")).map(Integer::valueOf).toList();
    NetworkSpec spec =
        new NetworkSpec(
            NetworkSpec.CURRENT_VERSION,
            ks,
            8,
            0.1,
            true,
            List.of(16),
            List.of(0.2),
            0.9,
            1e-5,
            "pytorch");
    int length = 37;
    try (SequenceClassifier c = SequenceClassifier.create(spec, List.of("a", "b"), length, 5);
        NDManager m = c.djlModel().getNDManager().newSubManager()) {
      NDArray x = m.randomUniform(0, 1, new Shape(3, 4, length));
      MultiScaleAttentionNet net = c.block();
      ParameterStore store = new ParameterStore(m, false);
      NDList fused = net.stackedFirstLayer(store, x);
      assertEquals(ks.size(), fused.size());
      for (int j = 0; j < ks.size(); j++) {
        int k = ks.get(j);
        // Child blocks are named with an index prefix, e.g. "01conv3".
        PairList<String, Parameter> p =
            net.getChildren().stream()
                .filter(child -> child.getKey().endsWith("conv" + k))
                .findFirst()
                .orElseThrow()
                .getValue()
                .getParameters();
        NDArray expected =
            Conv1d.conv1d(
                    x,
                    p.get("weight").getArray(),
                    p.get("bias").getArray(),
                    new Shape(1),
                    new Shape(k / 2),
                    new Shape(1),
                    1)
                .singletonOrThrow()
                .get(new NDIndex(":, :, :{}", length));
        expected = Activation.relu(expected);
        assertEquals(expected.getShape(), fused.get(j).getShape());
        assertArrayEquals(expected.toFloatArray(), fused.get(j).toFloatArray(), 1e-5f);
      }
    }
  }

  /** NetworkWeights counts exactly the values the engine trains. */
  @ParameterizedTest
  @ValueSource(strings = {"3,7,15,25", "4,7"})
  void trainableCountIsTheEnginesTrainableParameters(String kernels) {
    List<Integer> ks = java.util.Arrays.stream(kernels.split(",")).map(Integer::valueOf).toList();
    NetworkSpec spec =
        new NetworkSpec(
            NetworkSpec.CURRENT_VERSION,
            ks,
            8,
            0.1,
            true,
            List.of(16),
            List.of(0.2),
            0.9,
            1e-5,
            "pytorch");
    try (SequenceClassifier c = SequenceClassifier.create(spec, List.of("a", "b", "c"), 40, 5)) {
      long trainable = 0;
      for (var parameter : c.block().getParameters().values()) {
        if (parameter.requiresGradient()) {
          trainable += parameter.getArray().size();
        }
      }
      assertEquals(trainable, c.weights().trainableCount());
    }
  }
}
