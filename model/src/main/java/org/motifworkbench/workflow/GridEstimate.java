package org.motifworkbench.workflow;

import java.util.List;
import java.util.Locale;

/**
 * How long the rest of a grid search may take at most: the measured seconds of one epoch times
 * every epoch still to run, each combination's epochs scaled by its network's size relative to the
 * measured one (a network with twice the weights takes about twice as long). An upper bound, since
 * early stopping may end runs sooner.
 *
 * @param seconds the estimated time left
 * @param combinations combinations still to train (the current one included)
 * @param epochs epochs still to run at most
 */
public record GridEstimate(double seconds, int combinations, int epochs) {

  /**
   * Work still to do for one combination.
   *
   * @param parameters the trainable weights of its network
   * @param epochs its epochs still to run at most
   */
  public record Work(long parameters, int epochs) {}

  /**
   * The estimate from one measured epoch.
   *
   * @param secondsPerEpoch seconds one epoch of the measured network took
   * @param measuredParameters trainable weights of the measured network
   * @param remaining the combinations still to train, with their epochs left
   */
  public static GridEstimate of(
      double secondsPerEpoch, long measuredParameters, List<Work> remaining) {
    if (!(secondsPerEpoch >= 0) || measuredParameters <= 0) {
      throw new IllegalArgumentException(
          "an estimate needs a measured epoch time and network size, not "
              + secondsPerEpoch
              + " s and "
              + measuredParameters
              + " weights");
    }
    double seconds = 0;
    int epochs = 0;
    int combinations = 0;
    for (Work w : remaining) {
      seconds += secondsPerEpoch * w.epochs() * ((double) w.parameters() / measuredParameters);
      epochs += w.epochs();
      combinations += w.epochs() > 0 ? 1 : 0;
    }
    return new GridEstimate(seconds, combinations, epochs);
  }

  /** E.g. "at most ~12 min (early stopping may end runs sooner)". */
  public String text() {
    return "at most ~" + duration(seconds) + " (early stopping may end runs sooner)";
  }

  /** "40 s", "12 min" or "2.5 h", rounded up. */
  static String duration(double seconds) {
    if (seconds < 60) {
      return (long) Math.ceil(seconds) + " s";
    }
    double minutes = seconds / 60;
    if (minutes < 120) {
      return (long) Math.ceil(minutes) + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", Math.ceil(minutes / 6) / 10);
  }
}
