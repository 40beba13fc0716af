package org.motifworkbench.training;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.network.EngineArrays;

/** A copy of every parameter of a block (weights and batch-norm statistics), to restore the best. */
final class WeightSnapshot {

  private final List<float[]> values;

  private WeightSnapshot(List<float[]> values) {
    this.values = values;
  }

  static WeightSnapshot of(Block block) {
    List<float[]> values = new ArrayList<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      values.add(p.getValue().getArray().toFloatArray());
    }
    return new WeightSnapshot(values);
  }

  void restoreInto(Block block) {
    int i = 0;
    for (Pair<String, Parameter> p : block.getParameters()) {
      EngineArrays.overwrite(p.getValue().getArray(), values.get(i++));
    }
  }
}
