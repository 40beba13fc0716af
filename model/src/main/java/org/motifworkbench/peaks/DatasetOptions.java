package org.motifworkbench.peaks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a peak data set is cut: the window width W, the kind of background and how many background
 * windows per peak window, the largest share of N a window may hold, the random seed, and for
 * flanks the distance between a peak window's centre and its flanking windows' centres (0 means the
 * default, 3 W).
 */
public record DatasetOptions(
    int width,
    Background background,
    int backgroundRatio,
    double maxN,
    long seed,
    long flankDistance) {

  public static final int MIN_WIDTH = 10;
  public static final int MAX_WIDTH = 100_000;
  public static final int MAX_RATIO = 100;
  public static final double DEFAULT_MAX_N = 0.10;

  /** Width W with one background window per peak window, at most 10% N, seed 1. */
  public static DatasetOptions of(int width, Background background) {
    return new DatasetOptions(width, background, 1, DEFAULT_MAX_N, 1, 0);
  }

  public DatasetOptions withSeed(long newSeed) {
    return new DatasetOptions(width, background, backgroundRatio, maxN, newSeed, flankDistance);
  }

  public DatasetOptions withRatio(int ratio) {
    return new DatasetOptions(width, background, ratio, maxN, seed, flankDistance);
  }

  public DatasetOptions withMaxN(double fraction) {
    return new DatasetOptions(width, background, backgroundRatio, fraction, seed, flankDistance);
  }

  public DatasetOptions withFlankDistance(long distance) {
    return new DatasetOptions(width, background, backgroundRatio, maxN, seed, distance);
  }

  /** The flank distance in use: the one given, or 3 W. */
  public long effectiveFlankDistance() {
    return flankDistance > 0 ? flankDistance : 3L * width;
  }

  /** The most N bases a window of width W may hold. */
  public int maxNBases() {
    return (int) Math.floor(maxN * width + 1e-9);
  }

  /** What is wrong with these options, in plain words; empty when they can be used. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      out.add(
          String.format(
              Locale.ROOT,
              "The width must be from %d to %,d bases (it is %d).",
              MIN_WIDTH,
              MAX_WIDTH,
              width));
    }
    if (background == null) {
      out.add("Choose a background: shuffled, gc-matched or flanks.");
    }
    if (backgroundRatio < 1 || backgroundRatio > MAX_RATIO) {
      out.add(
          "The background ratio must be a whole number from 1 to "
              + MAX_RATIO
              + " (it is "
              + backgroundRatio
              + ").");
    }
    if (!(maxN >= 0 && maxN < 1)) {
      out.add("The largest share of N must be at least 0 and below 1 (it is " + maxN + ").");
    }
    if (flankDistance < 0) {
      out.add("The flank distance must not be negative (it is " + flankDistance + ").");
    } else if (flankDistance > 0 && flankDistance < width) {
      out.add(
          "The flank distance ("
              + flankDistance
              + ") must be at least the width ("
              + width
              + "), or a flank would overlap its peak window.");
    }
    return out;
  }
}
