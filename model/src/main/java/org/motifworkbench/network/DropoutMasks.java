package org.motifworkbench.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * The engine's dropout with the masks {@link DropoutMask} defines, so that the engine and the Java
 * kernels train the same model from the same seed. Masks are computed in Java (about 1 ms per 64 x
 * 64 x 200 feature map; PyTorch's own Bernoulli draw took 30-45 ms of a 60-90 ms step on CPUs that
 * are not Intel) and copied into memory the engine owns.
 */
final class DropoutMasks {

  private ByteBuffer staging;

  /**
   * {@code x} with the dropout of layer {@code layerSeed} at {@code rate} applied; gradients flow
   * through the kept elements. {@code x} is a branch's (N, F, L) map or a dense layer's (N, U).
   */
  NDArray apply(NDArray x, double rate, int layerSeed) {
    Shape shape = x.getShape();
    long size = shape.size();
    if (size > Integer.MAX_VALUE / 4) {
      throw new IllegalArgumentException("too many elements for one dropout mask: " + size);
    }
    int n = (int) size;
    if (staging == null || staging.capacity() < 4 * n) {
      staging = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder());
    }
    ByteBuffer bytes = staging.duplicate().order(ByteOrder.nativeOrder());
    bytes.limit(4 * n);
    fill(bytes.asFloatBuffer(), shape, rate, layerSeed);
    // An array set from a direct buffer reads that buffer's memory: the next dropout layer would
    // overwrite this mask before the backward pass uses it (gradients through another layer's
    // mask). So the mask is copied into memory the engine owns (freed with the array) and the view
    // closed; the staging buffer is reused and no direct memory waits for the garbage collector.
    NDArray mask;
    try (NDArray onStaging = x.getManager().create(bytes, shape, DataType.FLOAT32)) {
      mask = onStaging.duplicate();
    }
    return x.mul(mask);
  }

  /** The mask in x's memory order, each element at its logical index (see DropoutMask). */
  private static void fill(FloatBuffer out, Shape shape, double rate, int layerSeed) {
    int threshold = DropoutMask.threshold(rate);
    float keep = DropoutMask.keep(rate);
    if (shape.dimension() == 2) {
      int n = Math.toIntExact(shape.size());
      for (int i = 0; i < n; i++) {
        out.put(i, DropoutMask.value(layerSeed, i, threshold, keep));
      }
      return;
    }
    int batch = Math.toIntExact(shape.get(0));
    int filters = Math.toIntExact(shape.get(1));
    int length = Math.toIntExact(shape.get(2));
    int i = 0;
    for (int s = 0; s < batch; s++) {
      for (int f = 0; f < filters; f++) {
        for (int p = 0; p < length; p++) {
          out.put(
              i++, DropoutMask.value(layerSeed, (s * length + p) * filters + f, threshold, keep));
        }
      }
    }
  }
}
