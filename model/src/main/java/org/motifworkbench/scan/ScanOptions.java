package org.motifworkbench.scan;

/**
 * How a region is scanned.
 *
 * @param step bases from one window's start to the next (1: every window)
 * @param className the class whose score is written, or null for the class that carries the signal
 *     ({@link org.motifworkbench.data.SignalClass})
 * @param bothStrands each window and its reverse complement, probabilities averaged (as {@code mwb
 *     predict --both-strands})
 * @param unit probability (default) or logit
 * @param exact each window scored alone, as {@code mwb predict} scores it cut out (zero padding at
 *     its edges; slow); false lets the convolutions be computed once along the stretch, so
 *     positions near a window's edge see the real neighbouring bases
 */
public record ScanOptions(
    int step, String className, boolean bothStrands, ScoreUnit unit, boolean exact) {

  public ScanOptions {
    if (step < 1) {
      throw new IllegalArgumentException("the step must be at least 1 base, not " + step + ".");
    }
    if (unit == null) {
      throw new IllegalArgumentException("a scan needs a score unit");
    }
  }

  /** Step 1, the signal class, forward strand, probabilities, shared convolutions. */
  public static ScanOptions defaults() {
    return new ScanOptions(1, null, false, ScoreUnit.PROBABILITY, false);
  }

  public ScanOptions withStep(int value) {
    return new ScanOptions(value, className, bothStrands, unit, exact);
  }

  public ScanOptions withClassName(String value) {
    return new ScanOptions(step, value, bothStrands, unit, exact);
  }

  public ScanOptions withBothStrands(boolean value) {
    return new ScanOptions(step, className, value, unit, exact);
  }

  public ScanOptions withUnit(ScoreUnit value) {
    return new ScanOptions(step, className, bothStrands, value, exact);
  }

  public ScanOptions withExact(boolean value) {
    return new ScanOptions(step, className, bothStrands, unit, value);
  }
}
