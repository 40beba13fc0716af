package org.motifworkbench.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Turns encoded input into engine arrays through one reused direct buffer.
 *
 * <p>Why: DJL creates an array from a {@code float[]} by copying it into a new direct buffer that
 * is freed only when the garbage collector next runs. At about 0.8 MB per prediction batch of 250
 * and seconds between collections, over 100 MB of native memory waited to be freed. Here the data
 * goes through one reused buffer and the engine then copies it into memory it owns (freed with the
 * array). The copy is needed: an array set from a direct buffer reads that buffer's memory, so a
 * later input would overwrite it (InputStagingTest shows it).
 */
final class InputStaging {

  private ByteBuffer staging;

  /** A new FLOAT32 array of {@code shape} on {@code manager} holding {@code data}. */
  synchronized NDArray create(NDManager manager, float[] data, Shape shape) {
    if (data.length > Integer.MAX_VALUE / 4) {
      throw new IllegalArgumentException("too many input values for one array: " + data.length);
    }
    int bytes = 4 * data.length;
    if (staging == null || staging.capacity() < bytes) {
      staging = ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }
    ByteBuffer view = staging.duplicate().order(ByteOrder.nativeOrder());
    view.limit(bytes);
    view.asFloatBuffer().put(data);
    // Created from the buffer, not set() into an empty array: see EngineArrays for why.
    try (NDArray onStaging = manager.create(view, shape, DataType.FLOAT32)) {
      return onStaging.duplicate();
    }
  }
}
