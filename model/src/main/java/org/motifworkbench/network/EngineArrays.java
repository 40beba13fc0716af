package org.motifworkbench.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.nio.FloatBuffer;

/**
 * Writes values computed in Java into engine arrays without {@code NDArray.set(Buffer)}.
 *
 * <p>Why: DJL's {@code set(Buffer)} runs libtorch under the deprecated AutoNonVariableTypeMode
 * guard, and libtorch then prints "Warning: AutoNonVariableTypeMode is deprecated ..." on stderr
 * once per process. No setting silences it: libtorch reads TORCH_CPP_LOG_LEVEL only when Python's
 * torch starts its logging. An indexed copy or an array created from the buffer does the same work
 * without the guard.
 */
public final class EngineArrays {

  private EngineArrays() {}

  /** Overwrites {@code array} (FLOAT32, any shape) with the first values of {@code values}. */
  public static void overwrite(NDArray array, float[] values) {
    try (NDManager scratch = array.getManager().newSubManager()) {
      NDArray fresh =
          scratch.create(
              FloatBuffer.wrap(values, 0, Math.toIntExact(array.getShape().size())),
              array.getShape());
      // A parameter (a leaf that requires a gradient) refuses in-place writes while autograd is
      // on, and autograd is on for every thread but the one that started the engine.
      boolean gradient = array.hasGradient();
      if (gradient) {
        array.setRequiresGradient(false);
      }
      try {
        array.set(new NDIndex("..."), fresh);
      } finally {
        if (gradient) {
          array.setRequiresGradient(true);
        }
      }
    }
  }
}
