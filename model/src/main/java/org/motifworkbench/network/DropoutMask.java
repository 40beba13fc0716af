package org.motifworkbench.network;

/**
 * The dropout masks of a training step, defined once for every compute back end: a seed gives the
 * same masks, and so the same model, whichever back end trains.
 *
 * <p>Element {@code index} of layer {@code layer} in step {@code stepSeed} is dropped when the top
 * 16 bits of a counter-based hash (MurmurHash3's 32-bit finaliser of layerSeed + index x golden
 * ratio) fall below {@code round(rate x 65536)}; kept elements are scaled by 1 / (1 - rate)
 * (inverted dropout, so the expected value is unchanged, as in PyTorch). Any element's value is
 * known without drawing the others, so masks do not depend on how work is split over threads or on
 * the vector width, and a backward pass can recompute them instead of storing them.
 *
 * <p>Layers are numbered in the network's order: the branches' dropouts 0 ... B-1 (after each
 * branch's batch norm), then the dense layers' B, B+1, .... Indices are logical, independent of
 * memory layout: a branch's element (sequence s, position p, filter f) has index (s x L + p) x F +
 * f, a dense layer's (sequence s, unit u) has s x units + u.
 */
public final class DropoutMask {

  private static final long GAMMA = 0x9e3779b97f4a7c15L;

  private DropoutMask() {}

  /** The seed of one training step, from the run's seed and the step's number (0, 1, ...). */
  public static long stepSeed(int runSeed, long step) {
    return ((long) runSeed << 32) + step;
  }

  /** The seed of layer {@code layer}'s mask in a step. */
  public static int layerSeed(long stepSeed, int layer) {
    return (int) mix64(mix64(stepSeed) + (layer + 1) * GAMMA);
  }

  /** Elements whose hash falls below this are dropped: rate x 65536, rounded. */
  public static int threshold(double rate) {
    return (int) Math.round(rate * 65536);
  }

  /** What kept elements are multiplied by: 1 / (1 - rate) (1 without dropout). */
  public static float keep(double rate) {
    return rate > 0 ? (float) (1 / (1 - rate)) : 1f;
  }

  /** The mask's value at {@code index}: 0 (dropped) or {@code keep}. */
  public static float value(int layerSeed, int index, int threshold, float keep) {
    return (hash(layerSeed, index) >>> 16) < threshold ? 0f : keep;
  }

  /** The 32-bit hash of an element (vector code computes the same lane by lane). */
  public static int hash(int layerSeed, int index) {
    int h = index * 0x9E3779B9 + layerSeed;
    h = (h ^ (h >>> 16)) * 0x85ebca6b;
    h = (h ^ (h >>> 13)) * 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** SplitMix64's finaliser. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
