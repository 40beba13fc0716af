package org.motifworkbench.network;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/**
 * Inverted dropout whose masks are drawn in Java by a seeded SplitMix64 generator
 * ({@link SplittableRandom}): every element is kept independently with probability 1 - rate (a
 * 32-bit uniform against a 32-bit threshold, so the rate is exact to 2^-32) and kept elements are
 * scaled by 1 / (1 - rate), so the expected value is unchanged, as in PyTorch's dropout.
 *
 * <p>Why not the engine's dropout: PyTorch draws its Bernoulli mask one element at a time with a
 * Mersenne twister on CPUs that are not Intel (MKL's vectorised generator is used on Intel only),
 * which took 30-45 ms of a 60-90 ms training step of the tutorial network; this takes about 1 ms per
 * 64 x 64 x 200 feature map. Same seed, same masks.
 */
final class DropoutMasks {

  private SplittableRandom random;
  private ByteBuffer staging;

  DropoutMasks(long seed) {
    reseed(seed);
  }

  void reseed(long seed) {
    random = new SplittableRandom(seed);
  }

  /** {@code x} with dropout at {@code rate} applied; gradients flow through the kept elements. */
  NDArray apply(NDArray x, double rate) {
    long size = x.getShape().size();
    if (size > Integer.MAX_VALUE / 4) {
      throw new IllegalArgumentException("too many elements for one dropout mask: " + size);
    }
    int n = (int) size;
    if (staging == null || staging.capacity() < 4 * n) {
      staging = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder());
    }
    ByteBuffer bytes = staging.duplicate().order(ByteOrder.nativeOrder());
    bytes.limit(4 * n);
    fill(bytes.asFloatBuffer(), n, rate);
    // An array set from a direct buffer reads that buffer's memory: the next dropout layer would
    // overwrite this mask before the backward pass uses it (gradients through another layer's
    // mask). So the mask is copied into memory the engine owns (freed with the array) and the view
    // closed; the staging buffer is reused and no direct memory waits for the garbage collector.
    NDArray mask;
    try (NDArray onStaging = x.getManager().create(bytes, x.getShape(), DataType.FLOAT32)) {
      mask = onStaging.duplicate();
    }
    return x.mul(mask);
  }

  private void fill(FloatBuffer out, int n, double rate) {
    long threshold = Math.round(rate * 0x1p32);
    float keep = (float) (1 / (1 - rate));
    int i = 0;
    for (; i + 1 < n; i += 2) {
      long bits = random.nextLong();
      out.put(i, (bits & 0xFFFFFFFFL) < threshold ? 0f : keep);
      out.put(i + 1, (bits >>> 32) < threshold ? 0f : keep);
    }
    if (i < n) {
      out.put(i, (random.nextLong() >>> 32) < threshold ? 0f : keep);
    }
  }
}
